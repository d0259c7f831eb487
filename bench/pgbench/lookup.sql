-- pgbench: the till lookup query (card by number joined to its member), one statement per transaction.
-- Variables (-D): members, region; :i and :card come from bench/pgbench/member.sql.
SELECT c.number, c.status, c.home_branch_id, m.name, m.tier, m.points_balance
FROM membercard.cards c
JOIN membercard.members m ON m.id = c.member_id
WHERE c.number = :card::text;
