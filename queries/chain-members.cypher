// name: chain-members
// purpose: An industry chain, its member chains (at any depth up to 3) and the projects tied to each.
// param: chain: string -- canonical name or alias (一化一海五优特, 11+8)
// sort: projects
MATCH (c:IndustryChain)
WHERE c.name = $chain OR $chain IN c.aliases
MATCH path = (m:IndustryChain)-[:PART_OF*0..3]->(c)
OPTIONAL MATCH (p:Project)-[:IN_CHAIN]->(m)
RETURN c.name AS chain, c.city AS city, m.name AS member, m.city AS member_city,
       length(path) AS depth, collect(DISTINCT p.name) AS projects
ORDER BY city, chain, depth, member_city, member
