// name: department-profile
// purpose: A department's projects, policy tools, industry chains and questions received; every city's department of that type when a type is given.
// param: department: string = null -- canonical name or alias (漯河市科学技术局, 市科技局, 科技局)
// param: department_type: string = null -- a department type in full words (科学技术, 发展和改革)
// one-of: department, department_type
// sort: projects, tools, chains, people
MATCH (d:Department)
WHERE d.name = $department OR $department IN d.aliases OR d.type = $department_type
OPTIONAL MATCH (d)-[:WORKS_ON]->(p:Project)
WITH d, collect(DISTINCT p.name) AS projects
OPTIONAL MATCH (d)-[:USES]->(t:PolicyTool)
WITH d, projects, collect(DISTINCT t.name) AS tools
OPTIONAL MATCH (r:Person)-[sv:SERVES_IN]->(d)
OPTIONAL MATCH (r)-[:ANSWERED]->(e:Exchange)
WHERE e.id IN sv.exchanges
OPTIONAL MATCH (e)-[:MENTIONS]->(c:IndustryChain)
RETURN d.name AS department, d.city AS city, d.type AS type, count(DISTINCT e) AS questions_received,
       collect(DISTINCT r.name) AS people, projects, tools, collect(DISTINCT c.name) AS chains
ORDER BY city, department
