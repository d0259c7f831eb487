-- pgbench prelude of every script here (bench/lib/bench.sh pgbench_script puts it in front): a random seeded
-- member :i and its card number :card. Variables (-D): members, region.
\set i random(1, :members)
-- card number of member :i = region + 7-digit serial + Luhn check digit (as bench/sql/seed.sql and CardNumber)
\set b :region * 10000000 + :i
\set s 2 * (:b % 10) - 9 * ((:b % 10) / 5) + (:b / 10) % 10
\set s :s + 2 * ((:b / 100) % 10) - 9 * (((:b / 100) % 10) / 5) + (:b / 1000) % 10
\set s :s + 2 * ((:b / 10000) % 10) - 9 * (((:b / 10000) % 10) / 5) + (:b / 100000) % 10
\set s :s + 2 * ((:b / 1000000) % 10) - 9 * (((:b / 1000000) % 10) / 5) + (:b / 10000000) % 10
\set s :s + 2 * ((:b / 100000000) % 10) - 9 * (((:b / 100000000) % 10) / 5) + (:b / 1000000000) % 10
\set card 10 * :b + (10 - :s % 10) % 10
