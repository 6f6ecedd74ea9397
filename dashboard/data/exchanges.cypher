// name: exchanges
// purpose: Exchanges by id (the evidence for edges that carry exchange ids but no entity).
// param: ids: list -- exchange ids
MATCH (e:Exchange)
WHERE e.id IN $ids
RETURN e.id AS exchange, e.seq AS seq, e.title AS title, e.city AS city, e.date AS date,
       e.session AS session, e.question AS question
ORDER BY date, exchange
