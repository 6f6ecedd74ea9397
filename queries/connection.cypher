// name: connection
// purpose: The shortest ways two entities (projects, chains, tools, organisations, departments, people, cities) are linked.
// param: a: string -- a name or alias (中原食品实验室, 市科技局, 专项债券)
// param: b: string -- another name or alias
// param: limit: int = 50 -- at most this many paths
// order: hops, path, kinds, rels
// limit: limit
MATCH (x:Project|IndustryChain|PolicyTool|Organization|Department|Person|City)
WHERE x.name = $a OR $a IN x.aliases
MATCH (y:Project|IndustryChain|PolicyTool|Organization|Department|Person|City)
WHERE (y.name = $b OR $b IN y.aliases) AND NOT (x.id = y.id AND labels(x)[0] = labels(y)[0])
MATCH p = allShortestPaths((x)-[:MENTIONS|WORKS_ON|USES|IN_CHAIN|PART_OF|SERVES_IN|ANSWERED|ASKED|ADOPTS|FOLLOWS*..6]-(y))
RETURN DISTINCT length(p) AS hops,
       [n IN nodes(p) | coalesce(n.name, n.id)] AS path,
       [n IN nodes(p) | labels(n)[0]] AS kinds,
       [r IN relationships(p) | type(r)] AS rels
