-- pgbench: the till lookup query (card by number joined to its member), one statement per transaction.
-- Variables (-D): members, region.
\set i random(1, :members)
-- card number of member :i = region + 7-digit serial + Luhn check digit (as bench/sql/seed.sql and CardNumber)
\set b :region * 10000000 + :i
\set s 2 * (:b % 10) - 9 * ((:b % 10) / 5) + (:b / 10) % 10
\set s :s + 2 * ((:b / 100) % 10) - 9 * (((:b / 100) % 10) / 5) + (:b / 1000) % 10
\set s :s + 2 * ((:b / 10000) % 10) - 9 * (((:b / 10000) % 10) / 5) + (:b / 100000) % 10
\set s :s + 2 * ((:b / 1000000) % 10) - 9 * (((:b / 1000000) % 10) / 5) + (:b / 10000000) % 10
\set s :s + 2 * ((:b / 100000000) % 10) - 9 * (((:b / 100000000) % 10) / 5) + (:b / 1000000000) % 10
\set card 10 * :b + (10 - :s % 10) % 10
SELECT c.number, c.status, c.home_branch_id, m.name, m.tier, m.points_balance
FROM membercard.cards c
JOIN membercard.members m ON m.id = c.member_id
WHERE c.number = :card::text;
