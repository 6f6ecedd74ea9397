// name: policy-trace
// purpose: Every city (and county, for a county's sitting), session, date, department and exchange in which a policy tool appears, oldest first, with the evidence sentence.
// # session is the sitting as written (the standing body where the report names no sitting); body the standing body.
// param: policy: string -- the tool's canonical name or an alias (专项债券 finds 专项债)
MATCH (t:PolicyTool)
WHERE t.name = $policy OR $policy IN t.aliases
MATCH (e:Exchange)-[m:MENTIONS]->(t)
MATCH (e)-[:PART_OF]->(s:Session)
RETURN t.name AS policy, s.city AS city, s.county AS county, s.date AS date, coalesce(s.sitting, s.body) AS session, s.body AS body,
       s.id AS session_id,
       e.id AS exchange, e.seq AS seq, e.department AS department, m.part AS part, m.text AS text,
       m.start AS start, m.sentence AS evidence
ORDER BY date, city, session_id, seq, start, part, text
