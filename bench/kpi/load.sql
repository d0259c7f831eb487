-- Loads one period of KPI benchmark history straight into the schema the API migrated (bench/kpi/run runs it
-- through psql as the superuser, once for the two years up to last month and once more for the two years
-- before them). Server-side INSERT ... SELECT over generate_series: nothing crosses the wire.
--
-- psql variables:
--   branches    uuid[] literal of the branches opened through the API
--   members     members joining in the period          mbase  ids of earlier periods' members (offset)
--   purchases   purchases in the period                pbase  ids of earlier periods' purchases (offset)
--   first,last  the period's business dates (inclusive), in the programme's time zone (Asia/Shanghai)
--
-- What a period holds (every row as the API would write it, foreign keys and checks satisfied):
--   members   member i joins on day first + (i-1)·days/members at a home branch (i mod branches); one first card
--             issued that day, activated the same day (80%), a month later (5%) or not yet (15%, status Issued)
--   purchases spread evenly over the days (about 13,700 a day at full scale), each by one of the members who
--             have joined by that day (so the member base grows); at the home branch (85%) or any other; net
--             ¥5.00–¥400.00, regular price; earns floor(net) points (Earn entry)
--   returns   2% of purchases returned in full three days later (purchase_returns row, returned_amount, a
--             Reverse entry taking the points back)
--   points    8% of purchases' points half redeemed for a gift ten days later (Redeem); 5% have what is left
--             expire a year later (Expire): every debit follows its own credit, so balances never go negative
--   lots      one open lot per member holding their balance (the KPIs read the ledger, not the lots; the one
--             lot keeps balance = ledger sum = open lots without 10 million lots)
-- Purchase lines are not written: no KPI and no rollup reads them. Ids are sequential (uuid from the row
-- number) so the primary keys are appended to, not sprayed; the secondary indexes are dropped for the load
-- and built again after it (bench/kpi/run does that around this script).
\set ON_ERROR_STOP on
SET synchronous_commit = off;
SET work_mem = '256MB';
-- every row is built consistent with its foreign keys, so their triggers are skipped for the bulk load
SET session_replication_role = replica;
SELECT setseed(0.42) \g /dev/null

BEGIN;

CREATE TEMP TABLE bench_members ON COMMIT DROP AS
SELECT
    s.i,
    ('00000000-0000-4000-8000-' || lpad(to_hex(:mbase + s.i), 12, '0'))::uuid AS member_id,
    ('00000000-0000-4000-9000-' || lpad(to_hex(:mbase + s.i), 12, '0'))::uuid AS card_id,
    ('00000000-0000-4000-a000-' || lpad(to_hex(:mbase + s.i), 12, '0'))::uuid AS lot_id,
    (:'branches'::uuid[])[1 + ((:mbase + s.i) % cardinality(:'branches'::uuid[]))] AS branch_id,
    :'first'::date + ((s.i - 1)::bigint * (:'last'::date - :'first'::date + 1) / :members)::int AS joined_on,
    -- serials from 2,000,000 on: clear of whatever the API issues in region 755
    b.body || ((10 - (
        (SELECT sum(CASE WHEN k % 2 = 0
                         THEN 2 * ((b.n / (10::bigint ^ k)::bigint) % 10) - 9 * (((b.n / (10::bigint ^ k)::bigint) % 10) / 5)
                         ELSE (b.n / (10::bigint ^ k)::bigint) % 10 END)
         FROM generate_series(0, 9) AS k) % 10)) % 10)::text AS card_number,
    random() AS activation
FROM generate_series(1, :members) AS s(i)
CROSS JOIN LATERAL (SELECT '755' || lpad((2000000 + :mbase + s.i)::text, 7, '0') AS body,
                           755::bigint * 10000000 + 2000000 + :mbase + s.i AS n) AS b;
ALTER TABLE bench_members ADD PRIMARY KEY (i);
ANALYZE bench_members;

INSERT INTO membercard.members (
    id, home_branch_id, name, gender, birth_date, phone, phone_verified, pending_phone, address, email,
    mini_program_open_id, official_account_open_id, union_id, status, tier, points_balance, channel, joined_at, updated_at)
SELECT member_id, branch_id, 'KPI Bench ' || (:mbase + i), (ARRAY['Female', 'Male', 'Unspecified'])[1 + i % 3],
       date '1960-01-01' + ((:mbase + i) * 37) % 16000, '138' || lpad((:mbase + i)::text, 8, '0'), true, NULL, NULL, NULL,
       NULL, NULL, NULL, 'Active', 'Regular', 0, 'Offline',
       (joined_on + time '10:00') AT TIME ZONE 'Asia/Shanghai', (joined_on + time '10:00') AT TIME ZONE 'Asia/Shanghai'
FROM bench_members;

INSERT INTO membercard.cards (
    id, member_id, home_branch_id, number, issuing_branch_id, channel, status, issued_at, activated_at,
    frozen_at, closed_at, replaced_by_card_id, replaces_card_id, we_chat_code)
SELECT card_id, member_id, branch_id, card_number, branch_id, 'Offline',
       CASE WHEN activation < 0.85 THEN 'Active' ELSE 'Issued' END,
       (joined_on + time '10:00') AT TIME ZONE 'Asia/Shanghai',
       CASE WHEN activation < 0.80 THEN (joined_on + time '10:05') AT TIME ZONE 'Asia/Shanghai'
            WHEN activation < 0.85 THEN (joined_on + 31 + time '10:05') AT TIME ZONE 'Asia/Shanghai' END,
       NULL, NULL, NULL, NULL, NULL
FROM bench_members;

-- One row per purchase with its fate drawn once: r_branch, r_fate, then the amount.
CREATE TEMP TABLE bench_purchases ON COMMIT DROP AS
SELECT p.n,
       ('00000000-0000-4000-b000-' || lpad(to_hex(:pbase + p.n), 12, '0'))::uuid AS purchase_id,
       m.member_id, m.card_number,
       CASE WHEN x.r_branch < 0.85 THEN m.branch_id
            ELSE (:'branches'::uuid[])[1 + floor(x.r_other * cardinality(:'branches'::uuid[]))::int] END AS branch_id,
       d.business_date,
       (d.business_date + time '09:00' + x.r_time * interval '12 hours') AT TIME ZONE 'Asia/Shanghai' AS occurred_at,
       round((5 + x.r_amount * 395)::numeric, 2) AS net,
       x.r_fate
FROM generate_series(1, :purchases) AS p(n)
CROSS JOIN LATERAL (SELECT random() AS r_member, random() AS r_day, random() AS r_branch, random() AS r_other,
                           random() AS r_time, random() AS r_amount, random() AS r_fate, p.n AS keep) AS x
CROSS JOIN LATERAL (SELECT floor(x.r_day * (:'last'::date - :'first'::date + 1))::int AS k) AS o
CROSS JOIN LATERAL (SELECT :'first'::date + o.k AS business_date,
                           -- the members who have joined by that day: 1 .. floor((k + 1) * members / days)
                           1 + floor(x.r_member * greatest(1, floor((o.k + 1)::bigint * :members / (:'last'::date - :'first'::date + 1))))::int
                               AS member_i) AS d
JOIN bench_members m ON m.i = d.member_i;

INSERT INTO membercard.purchases (
    id, branch_id, receipt_no, member_id, card_number, occurred_at, business_date, tier_before, tier_after, is_birthday,
    is_card_application_purchase, list_amount, discount_amount, net_amount, points_used, points_value, amount_due, points_earned,
    earned_lot_id, returned_amount, points_reversal_settled, request_hash, idempotency_key, response_json, points_expired_forgiven)
SELECT purchase_id, branch_id, 'K' || (:pbase + n), member_id, card_number, occurred_at, business_date, 'Regular', 'Regular', false,
       false, net, 0, net, 0, 0, net, floor(net)::bigint,
       NULL, CASE WHEN r_fate < 0.02 AND business_date + 3 <= :'last'::date THEN net ELSE 0 END,
       CASE WHEN r_fate < 0.02 AND business_date + 3 <= :'last'::date THEN floor(net)::bigint ELSE 0 END,
       'kpi-bench', NULL, NULL, 0
FROM bench_purchases ORDER BY n;

INSERT INTO membercard.purchase_returns (
    id, purchase_id, sequence, branch_id, occurred_at, business_date, lines_json, returned_amount, money_refund, points_refunded,
    points_reversed, points_shortfall, cash_to_collect, points_expired_forgiven)
SELECT ('00000000-0000-4000-c000-' || lpad(to_hex(:pbase + n), 12, '0'))::uuid, purchase_id, 1, branch_id,
       occurred_at + interval '3 days', business_date + 3, '[]'::jsonb, net, net, 0, floor(net)::bigint, 0, 0, 0
FROM bench_purchases
WHERE r_fate < 0.02 AND business_date + 3 <= :'last'::date
ORDER BY n;

-- The ledger, in time order per member so balance_after is the running sum (never negative: see above).
INSERT INTO membercard.points_ledger (
    member_id, kind, points, balance_after, occurred_at, business_date, branch_id, purchase_id, reference_id, card_number, reason, lot_id)
SELECT member_id, kind, points,
       sum(points) OVER (PARTITION BY member_id ORDER BY occurred_at, seq ROWS UNBOUNDED PRECEDING),
       occurred_at, business_date, branch_id, purchase_id, NULL, card_number, NULL, NULL
FROM (
    SELECT member_id, 'Earn' AS kind, floor(net)::bigint AS points, occurred_at, business_date, branch_id, purchase_id, card_number, 1 AS seq
    FROM bench_purchases
    UNION ALL
    SELECT member_id, 'Reverse', -floor(net)::bigint, occurred_at + interval '3 days', business_date + 3, branch_id, purchase_id, card_number, 2
    FROM bench_purchases WHERE r_fate < 0.02 AND business_date + 3 <= :'last'::date
    UNION ALL
    SELECT member_id, 'Redeem', -(floor(net)::bigint / 2), occurred_at + interval '10 days', business_date + 10, branch_id, NULL, card_number, 3
    FROM bench_purchases WHERE r_fate >= 0.02 AND r_fate < 0.10 AND business_date + 10 <= :'last'::date
    UNION ALL
    SELECT member_id, 'Expire',
           -(floor(net)::bigint - CASE WHEN r_fate < 0.10 AND business_date + 10 <= :'last'::date THEN floor(net)::bigint / 2 ELSE 0 END),
           ((business_date + 365) + time '00:05') AT TIME ZONE 'Asia/Shanghai', business_date + 365, NULL, NULL, NULL, 4
    FROM bench_purchases WHERE r_fate >= 0.02 AND r_fate < 0.07 AND business_date + 365 <= :'last'::date
) e
ORDER BY occurred_at;

-- Balances of this period's members (an earlier period's members do not buy in a later one).
UPDATE membercard.members m SET points_balance = t.balance
FROM (SELECT member_id, sum(points) AS balance FROM membercard.points_ledger l
      WHERE l.member_id IN (SELECT member_id FROM bench_members)
      GROUP BY member_id) t
WHERE m.id = t.member_id;

INSERT INTO membercard.points_lots (id, member_id, source, credited_on, expires_on, original, remaining, purchase_id)
SELECT b.lot_id, b.member_id, 'Gift', :'last'::date, (:'last'::date + interval '24 months')::date, m.points_balance, m.points_balance, NULL
FROM bench_members b JOIN membercard.members m ON m.id = b.member_id
WHERE m.points_balance > 0;

COMMIT;
