-- pgbench: points paid at the counter outside a purchase (100 points = 1 yuan): lock the member, look for an
-- earlier redemption with the same reference, read the open lots, then one pipeline with the writes (draw the
-- seeded lot, Payment ledger row, the redemption, the balance) and COMMIT. The draw only happens while the lot
-- has the points, so the balance, the ledger and the lots stay equal whatever pgbench draws.
-- Variables (-D): members, region, branch; :i and :card come from bench/pgbench/member.sql.
\set r1 random(1, 4611686018427387903)
\set r2 random(1, 4611686018427387903)
BEGIN;
SELECT points_balance AS bal FROM membercard.members WHERE id = md5('bench-member-' || :i::text)::uuid FOR UPDATE \gset
SELECT id FROM membercard.redemptions WHERE member_id = md5('bench-member-' || :i::text)::uuid AND reference = 'pg-' || :r1::text;
SELECT id, remaining, expires_on FROM membercard.points_lots WHERE member_id = md5('bench-member-' || :i::text)::uuid AND remaining > 0;
\startpipeline
WITH lot AS (
    UPDATE membercard.points_lots SET remaining = remaining - 100
    WHERE id = md5('bench-lot-' || :i::text)::uuid AND remaining >= 100
    RETURNING member_id, id),
ledger AS (
    INSERT INTO membercard.points_ledger (
        member_id, kind, points, balance_after, occurred_at, business_date, branch_id, purchase_id, reference_id, card_number, reason, lot_id)
    SELECT member_id, 'Payment', -100, :bal::bigint - 100, now(), (now() AT TIME ZONE 'Asia/Shanghai')::date, :branch::uuid, NULL, NULL,
           :card::text, 'pg-' || :r1::text, NULL
    FROM lot),
redemption AS (
    INSERT INTO membercard.redemptions (id, member_id, kind, gift_id, quantity, points, value, branch_id, card_number, reference, occurred_at, business_date)
    SELECT (lpad(to_hex(:r1::bigint), 16, '0') || lpad(to_hex(:r2::bigint), 16, '0'))::uuid, member_id, 'Payment', NULL, 1, 100, 1.00,
           :branch::uuid, :card::text, 'pg-' || :r1::text, now(), (now() AT TIME ZONE 'Asia/Shanghai')::date
    FROM lot)
UPDATE membercard.members SET points_balance = points_balance - 100, updated_at = now()
WHERE id = md5('bench-member-' || :i::text)::uuid AND EXISTS (SELECT FROM lot);
\endpipeline
COMMIT;
