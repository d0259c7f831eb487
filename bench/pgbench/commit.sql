-- pgbench: the purchase-commit transaction of the till, as the API writes it for the benchmark's basket
-- (2 lines, 33.90 yuan, 33 points earned; one purchase in five pays 100 points, like bench/wrk/till.lua).
-- Variables (-D): members, region, branch (uuid of the till's branch); :i and :card come from bench/pgbench/member.sql.
--
-- Round trips: BEGIN; lock the member (SELECT ... FOR UPDATE, reading the balance); one pipeline with the
-- writes (purchase, its 2 lines, the earned lot, [lot draw + Payment ledger row], Earn ledger row, balance
-- update), like one EF Core SaveChanges batch; COMMIT (the durable flush).
\set pay random(1, 5)
\set r1 random(1, 4611686018427387903)
\set r2 random(1, 4611686018427387903)
\set r3 random(1, 4611686018427387903)
\set earned 33
\set used 0
\if :pay = 1
\set used 100
\endif
BEGIN;
SELECT points_balance AS bal FROM membercard.members WHERE id = md5('bench-member-' || :i::text)::uuid FOR UPDATE \gset
\set paid :bal - :used
\set nb :paid + :earned
\startpipeline
INSERT INTO membercard.purchases (
    id, branch_id, receipt_no, member_id, card_number, occurred_at, business_date, tier_before, tier_after,
    is_birthday, is_card_application_purchase, list_amount, discount_amount, net_amount, points_used, points_value,
    amount_due, points_earned, earned_lot_id, returned_amount, points_reversal_settled, request_hash,
    idempotency_key, response_json)
VALUES (
    (lpad(to_hex(:r1::bigint), 16, '0') || lpad(to_hex(:r2::bigint), 16, '0'))::uuid, :branch::uuid,
    'pg-' || :r1::text || '-' || :r3::text, md5('bench-member-' || :i::text)::uuid, :card::text, now(),
    (now() AT TIME ZONE 'Asia/Shanghai')::date, 'Regular', 'Regular', false, false, 33.90, 0.00, 33.90,
    :used::bigint, :used::numeric / 100, 33.90 - :used::numeric / 100, :earned::bigint,
    (lpad(to_hex(:r2::bigint), 16, '0') || lpad(to_hex(:r3::bigint), 16, '0'))::uuid, 0.00, 0,
    md5(:r1::text) || md5(:r2::text), NULL,
    '{"purchaseId": "00000000-0000-0000-0000-000000000000", "receiptNo": "pg-0000000000000000000-0000000000000000000", "cardNumber": "75500000018", "occurredAt": "2026-01-01T00:00:00.000000+00:00", "businessDate": "2026-01-01", "lines": [{"lineNo": 1, "sku": "SKU-1234", "category": "grocery", "quantity": 2, "unitPrice": 12.50, "specialPrice": false, "promotion": false, "listAmount": 25.00, "discountKind": "None", "discountRate": 1.0000, "discountAmount": 0.00, "netAmount": 25.00, "pointsUsed": 0, "pointsValue": 0.00, "paidAmount": 25.00, "earnsPoints": true, "pointsMultiplier": 1.0000, "pointsToEarn": 25},{"lineNo": 2, "sku": "SKU-4321", "category": "dairy", "quantity": 1, "unitPrice": 8.90, "specialPrice": false, "promotion": false, "listAmount": 8.90, "discountKind": "None", "discountRate": 1.0000, "discountAmount": 0.00, "netAmount": 8.90, "pointsUsed": 0, "pointsValue": 0.00, "paidAmount": 8.90, "earnsPoints": true, "pointsMultiplier": 1.0000, "pointsToEarn": 8}], "payments": [{"method": "unspecified", "amount": 33.90}], "listAmount": 33.90, "discountAmount": 0.00, "netAmount": 33.90, "pointsUsed": 0, "pointsValue": 0.00, "amountDue": 33.90, "pointsEarned": 33, "pointsBalance": 1033, "tierBefore": "Regular", "tier": "Regular", "tierChangeReason": null, "isBirthday": false}'::jsonb);
INSERT INTO membercard.purchase_lines (
    purchase_id, line_no, sku, category, quantity, unit_price, special_price, promotion, list_amount, discount_kind,
    discount_rate, discount_amount, net_amount, points_used, points_value, paid_amount, earns_points,
    points_multiplier, earn_weight, returned_quantity, points_refunded, amount_refunded)
VALUES
    ((lpad(to_hex(:r1::bigint), 16, '0') || lpad(to_hex(:r2::bigint), 16, '0'))::uuid, 1, 'SKU-1', 'grocery', 2, 12.50,
     false, false, 25.00, 'None', 1, 0.00, 25.00, 0, 0, 25.00, true, 1, 25, 0, 0, 0),
    ((lpad(to_hex(:r1::bigint), 16, '0') || lpad(to_hex(:r2::bigint), 16, '0'))::uuid, 2, 'SKU-2', 'dairy', 1, 8.90,
     false, false, 8.90, 'None', 1, 0.00, 8.90, 0, 0, 8.90, true, 1, 8.9, 0, 0, 0);
INSERT INTO membercard.points_lots (id, member_id, source, credited_on, expires_on, original, remaining, purchase_id)
VALUES (
    (lpad(to_hex(:r2::bigint), 16, '0') || lpad(to_hex(:r3::bigint), 16, '0'))::uuid, md5('bench-member-' || :i::text)::uuid,
    'Earn', (now() AT TIME ZONE 'Asia/Shanghai')::date, ((now() AT TIME ZONE 'Asia/Shanghai')::date + interval '24 months')::date,
    :earned::bigint, :earned::bigint, (lpad(to_hex(:r1::bigint), 16, '0') || lpad(to_hex(:r2::bigint), 16, '0'))::uuid);
\if :used > 0
UPDATE membercard.points_lots SET remaining = remaining - :used::bigint WHERE id = md5('bench-lot-' || :i::text)::uuid;
INSERT INTO membercard.points_ledger (
    member_id, kind, points, balance_after, occurred_at, business_date, branch_id, purchase_id, reference_id, card_number, reason, lot_id)
VALUES (
    md5('bench-member-' || :i::text)::uuid, 'Payment', -:used::bigint, :paid::bigint, now(), (now() AT TIME ZONE 'Asia/Shanghai')::date,
    :branch::uuid, (lpad(to_hex(:r1::bigint), 16, '0') || lpad(to_hex(:r2::bigint), 16, '0'))::uuid, NULL, :card::text, NULL, NULL);
\endif
INSERT INTO membercard.points_ledger (
    member_id, kind, points, balance_after, occurred_at, business_date, branch_id, purchase_id, reference_id, card_number, reason, lot_id)
VALUES (
    md5('bench-member-' || :i::text)::uuid, 'Earn', :earned::bigint, :nb::bigint, now(), (now() AT TIME ZONE 'Asia/Shanghai')::date,
    :branch::uuid, (lpad(to_hex(:r1::bigint), 16, '0') || lpad(to_hex(:r2::bigint), 16, '0'))::uuid, NULL, :card::text, NULL,
    (lpad(to_hex(:r2::bigint), 16, '0') || lpad(to_hex(:r3::bigint), 16, '0'))::uuid);
UPDATE membercard.members SET points_balance = :nb::bigint, updated_at = now() WHERE id = md5('bench-member-' || :i::text)::uuid;
\endpipeline
COMMIT;
