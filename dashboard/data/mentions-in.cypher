// name: mentions-in
// purpose: evidence for a derived edge: mentions of an entity inside the given exchanges
// params: id STRING, exchanges STRING[]; {{label}} an entity label from graph.schema
MATCH (e:Exchange)-[m:MENTIONS]->(x:{{label}})
WHERE x.id = $id AND e.id IN $exchanges
RETURN e.id AS exchange, e.seq AS seq, e.title AS title, e.city AS city, e.date AS date,
       e.session AS session, e.document AS document, m.part AS part, m.text AS text,
       m.sentence AS sentence, m.start AS offset_start, m.`end` AS offset_end
ORDER BY date, exchange, offset_start
