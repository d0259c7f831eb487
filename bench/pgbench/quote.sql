-- pgbench: the reads of a till quote (the basket priced for a scanned card, nothing written): the card by number,
-- then the member with its open lots. The programme and campaigns are cached in the API, so they are not read here.
-- Variables (-D): members, region; :i and :card come from bench/pgbench/member.sql.
SELECT c.member_id AS mid, c.status, c.number FROM membercard.cards c WHERE c.number = :card::text \gset
SELECT m.id, m.status, m.tier, m.points_balance, m.birth_date, l.id AS lot_id, l.credited_on, l.expires_on, l.remaining
FROM membercard.members m
LEFT JOIN membercard.points_lots l ON l.member_id = m.id AND l.remaining > 0
WHERE m.id = :mid::uuid;
