-- Seeds the benchmark members straight into the schema the API migrated (bench/run runs it through psql).
-- psql variables: members (count), region (3 digits), branches (uuid[] literal of the branches opened
-- through the API; members are spread over them round-robin).
--
-- Member i (1..members):
--   id           md5('bench-member-' || i)::uuid  (pgbench derives the same id from i)
--   card         region + 7-digit serial i + Luhn check digit, Active, issued at the member's home branch
--   phone        139 + i on 8 digits (unique mainland mobile)
--   points       one Gift lot of 1,000 points credited two business days ago (spendable today), its ledger
--                entry, and points_balance = 1,000 = ledger sum = open lots
-- region_serials is moved past the seeded serials so that cards issued by the API do not collide.
\set ON_ERROR_STOP on

BEGIN;

CREATE TEMP TABLE bench_seed ON COMMIT DROP AS
SELECT
    s.i,
    md5('bench-member-' || s.i)::uuid AS member_id,
    md5('bench-card-' || s.i)::uuid AS card_id,
    md5('bench-lot-' || s.i)::uuid AS lot_id,
    (:'branches'::uuid[])[1 + (s.i % cardinality(:'branches'::uuid[]))] AS branch_id,
    b.body || ((10 - (
        -- Luhn over the 10-digit body, rightmost digit doubled (CardNumber.CheckDigit)
        (SELECT sum(CASE WHEN k % 2 = 0
                         THEN 2 * ((b.n / (10::bigint ^ k)::bigint) % 10) - 9 * (((b.n / (10::bigint ^ k)::bigint) % 10) / 5)
                         ELSE (b.n / (10::bigint ^ k)::bigint) % 10 END)
         FROM generate_series(0, 9) AS k) % 10)) % 10)::text AS card_number,
    '139' || lpad(s.i::text, 8, '0') AS phone,
    (now() AT TIME ZONE 'Asia/Shanghai')::date - 2 AS credited_on,
    now() - interval '400 days' + s.i * interval '1 minute' / 1000 AS joined_at
FROM generate_series(1, :members) AS s(i)
CROSS JOIN LATERAL (SELECT :'region' || lpad(s.i::text, 7, '0') AS body,
                           (:'region')::bigint * 10000000 + s.i AS n) AS b;

INSERT INTO membercard.members (
    id, home_branch_id, name, gender, birth_date, phone, phone_verified, pending_phone, address, email,
    mini_program_open_id, official_account_open_id, union_id, status, tier, points_balance, channel, joined_at, updated_at)
SELECT
    member_id, branch_id, 'Bench Member ' || i,
    (ARRAY['Female', 'Male', 'Unspecified'])[1 + i % 3],
    date '1960-01-01' + (i * 37) % 16000,
    phone, true, NULL, NULL, NULL, NULL, NULL, NULL,
    'Active', 'Regular', 1000, 'Offline', joined_at, joined_at
FROM bench_seed;

INSERT INTO membercard.cards (
    id, member_id, home_branch_id, number, issuing_branch_id, channel, status, issued_at, activated_at,
    frozen_at, closed_at, replaced_by_card_id, replaces_card_id, we_chat_code)
SELECT card_id, member_id, branch_id, card_number, branch_id, 'Offline', 'Active', joined_at, joined_at,
       NULL, NULL, NULL, NULL, NULL
FROM bench_seed;

INSERT INTO membercard.points_lots (id, member_id, source, credited_on, expires_on, original, remaining, purchase_id)
SELECT lot_id, member_id, 'Gift', credited_on, (credited_on + interval '24 months')::date, 1000, 1000, NULL
FROM bench_seed;

INSERT INTO membercard.points_ledger (
    member_id, kind, points, balance_after, occurred_at, business_date, branch_id, purchase_id, reference_id,
    card_number, reason, lot_id)
SELECT member_id, 'Gift', 1000, 1000, (credited_on + time '10:00') AT TIME ZONE 'Asia/Shanghai', credited_on, branch_id,
       NULL, NULL, card_number, 'benchmark seed', lot_id
FROM bench_seed
ORDER BY i;

INSERT INTO membercard.region_serials (region_code, last_serial) VALUES (:'region', :members)
ON CONFLICT (region_code) DO UPDATE SET last_serial = GREATEST(region_serials.last_serial, EXCLUDED.last_serial);

COMMIT;

VACUUM (ANALYZE) membercard.members, membercard.cards, membercard.points_lots, membercard.points_ledger,
    membercard.region_serials, membercard.branches, membercard.api_keys, membercard.programme_settings;
