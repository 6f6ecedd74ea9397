// name: diffusion-mentions
// purpose: Every exchange that mentions a policy tool, with the city, province, date and year of its session and the answering department (the rows the diffusion dataset is built from).
// # one row per (tool, exchange): several mentions of a tool in one exchange count once
// # department is the key of the answering Department (null when nobody answered for a department)
// order: tool, city, year, date, session, seq, exchange
MATCH (e:Exchange)-[:MENTIONS]->(t:PolicyTool)
MATCH (e)-[:PART_OF]->(s:Session)
MATCH (s)-[:HELD_IN]->(c:City)
RETURN DISTINCT t.name AS tool, t.category AS category, c.name AS city, c.province AS province,
       s.id AS session, s.date AS date, s.year AS year, e.id AS exchange, e.seq AS seq,
       e.department AS department
