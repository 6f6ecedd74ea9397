// name: tool-timeline
// purpose: Per session, the mentions of one policy tool (the Policy trace timeline).
// param: name: string -- the tool's name
MATCH (s:Session)<-[:PART_OF]-(e:Exchange)-[m:MENTIONS]->(t:PolicyTool)
WHERE t.name = $name
RETURN s.id AS session, s.city AS city, s.date AS date, s.year AS year, s.body AS body, s.sitting AS sitting,
       count(m) AS mentions, count(DISTINCT e.id) AS exchanges
ORDER BY date, city, session
