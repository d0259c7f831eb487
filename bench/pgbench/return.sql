-- pgbench: a partial return (1 of the 2 units of line 1, 12.50 yuan, 12 earned points taken back) of a purchase
-- committed earlier in the run (the first one at or after a random id): find the purchase, lock its member, read
-- the purchase with its lines and returns and the points already expired from its lot, then one pipeline with the
-- writes (the return, the line, the lot, a Reverse ledger row, the purchase, the balance) and COMMIT. Points are
-- taken back only while the earned lot still has them, so the balance, the ledger and the lots stay equal.
-- Variables (-D): members, region, branch; member.sql's :i and :card are not used.
\set r1 random(1, 4611686018427387903)
\set r2 random(1, 4611686018427387903)
SELECT id AS pid, member_id AS mid, coalesce(earned_lot_id, '00000000-0000-0000-0000-000000000000') AS lot,
       card_number AS pcard, branch_id AS bid
FROM ((SELECT * FROM membercard.purchases
       WHERE id >= (lpad(to_hex(:r1::bigint), 16, '0') || lpad(to_hex(:r2::bigint), 16, '0'))::uuid ORDER BY id LIMIT 1)
      UNION ALL (SELECT * FROM membercard.purchases ORDER BY id LIMIT 1)) p
LIMIT 1 \gset
BEGIN;
SELECT points_balance AS bal FROM membercard.members WHERE id = :mid::uuid FOR UPDATE \gset
SELECT l.line_no, l.quantity, l.returned_quantity, l.paid_amount, r.sequence
FROM membercard.purchase_lines l
LEFT JOIN membercard.purchase_returns r ON r.purchase_id = l.purchase_id
WHERE l.purchase_id = :pid::uuid;
SELECT coalesce(sum(points), 0) FROM membercard.points_ledger WHERE lot_id = :lot::uuid AND kind = 'Expire';
\startpipeline
INSERT INTO membercard.purchase_returns (
    id, purchase_id, sequence, branch_id, occurred_at, business_date, returned_amount, money_refund, points_refunded,
    points_reversed, points_shortfall, cash_to_collect, points_expired_forgiven, lines_json)
SELECT (lpad(to_hex(:r2::bigint), 16, '0') || lpad(to_hex(:r1::bigint), 16, '0'))::uuid, :pid::uuid, coalesce(max(sequence), 0) + 1,
       :bid::uuid, now(), (now() AT TIME ZONE 'Asia/Shanghai')::date, 12.50, 12.50, 0, 12, 0, 0.00, 0,
       '[{"lineNo": 1, "quantity": 1, "amount": 12.50, "pointsReversed": 12}]'::jsonb
FROM membercard.purchase_returns WHERE purchase_id = :pid::uuid;
UPDATE membercard.purchase_lines SET returned_quantity = returned_quantity + 1, amount_refunded = amount_refunded + 12.50
WHERE purchase_id = :pid::uuid AND line_no = 1 AND returned_quantity < quantity;
WITH lot AS (
    UPDATE membercard.points_lots SET remaining = remaining - 12 WHERE id = :lot::uuid AND remaining >= 12 RETURNING member_id, id),
ledger AS (
    INSERT INTO membercard.points_ledger (
        member_id, kind, points, balance_after, occurred_at, business_date, branch_id, purchase_id, reference_id, card_number, reason, lot_id)
    SELECT member_id, 'Reverse', -12, :bal::bigint - 12, now(), (now() AT TIME ZONE 'Asia/Shanghai')::date, :bid::uuid, :pid::uuid, NULL,
           :pcard::text, NULL, id
    FROM lot)
UPDATE membercard.members SET points_balance = points_balance - 12, updated_at = now()
WHERE id = :mid::uuid AND EXISTS (SELECT FROM lot);
UPDATE membercard.purchases SET returned_amount = returned_amount + 12.50 WHERE id = :pid::uuid;
\endpipeline
COMMIT;
