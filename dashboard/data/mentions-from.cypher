// name: mentions-from
// purpose: The evidence for an exchange: everything it mentions.
// param: id: string -- the exchange's id
MATCH (e:Exchange)-[m:MENTIONS]->(x)
WHERE e.id = $id
RETURN e.id AS exchange, e.seq AS seq, e.title AS title, e.city AS city, e.date AS date,
       e.session AS session, e.document AS document, m.part AS part, m.text AS text,
       m.sentence AS sentence, m.start AS offset_start, m.`end` AS offset_end, x.name AS entity
ORDER BY offset_start, offset_end, part, entity
