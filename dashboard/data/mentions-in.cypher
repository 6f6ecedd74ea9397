// name: mentions-in
// purpose: The evidence for a derived edge: the mentions of one entity inside the given exchanges.
// param: label: label -- the entity's label (Project, PolicyTool, IndustryChain, Organization)
// param: id: string -- the entity's key
// param: exchanges: list -- ids of the exchanges behind the edge
MATCH (e:Exchange)-[m:MENTIONS]->(x:$($label))
WHERE x.id = $id AND e.id IN $exchanges
RETURN e.id AS exchange, e.seq AS seq, e.title AS title, e.city AS city, e.date AS date,
       e.session AS session, e.document AS document, m.part AS part, m.text AS text,
       m.sentence AS sentence, m.start AS offset_start, m.`end` AS offset_end
ORDER BY date, exchange, offset_start, offset_end, part
