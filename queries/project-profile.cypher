// name: project-profile
// purpose: A project's departments, industry chains, policy tools mentioned with it, and the exchanges that mention it.
// param: project: string -- canonical name or alias (中原食品实验室, 食品实验室)
// param: city: string = null -- only the project of this city (漯河 or 漯河市)
// sort: departments, chains, tools, exchanges
MATCH (p:Project)
WHERE (p.name = $project OR $project IN p.aliases) AND (p.city = $city OR p.city = $city + '市' OR $city IS NULL)
OPTIONAL MATCH (d:Department)-[:WORKS_ON]->(p)
WITH p, collect(DISTINCT d.name) AS departments
OPTIONAL MATCH (p)-[:IN_CHAIN]->(c:IndustryChain)
WITH p, departments, collect(DISTINCT c.name) AS chains
OPTIONAL MATCH (e:Exchange)-[:MENTIONS]->(p)
OPTIONAL MATCH (e)-[:MENTIONS]->(t:PolicyTool)
RETURN p.name AS project, p.city AS city, departments, chains,
       collect(DISTINCT t.name) AS tools, collect(DISTINCT e.id) AS exchanges
ORDER BY city, project
