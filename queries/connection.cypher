// name: connection
// purpose: The shortest ways two entities (projects, chains, tools, organisations, departments, people, cities) are linked.
// param: a: string -- a name or alias (中原食品实验室, 市科技局, 专项债券)
// param: b: string -- another name or alias
// param: city: string = null -- when a name fits nodes in several cities (科技局), use the one in this city
// param: limit: int = 50 -- at most this many paths
// order: hops, path, kinds, rels
// limit: limit
// # Each end is resolved to ONE node: exact name before alias, then the given city, then label and key.
// # Besides being what a user means, this keeps the path search single-source: LadybugDB 0.22 returns
// # wrong relationship lists and misses sources when ALL SHORTEST starts from several nodes at once.
MATCH (x:Project|IndustryChain|PolicyTool|Organization|Department|Person|City)
WHERE x.name = $a OR $a IN x.aliases
WITH x ORDER BY CASE WHEN x.name = $a THEN 0 ELSE 1 END,
                CASE WHEN x.city = $city OR x.city = $city + '市' THEN 0 ELSE 1 END,
                labels(x)[0], x.id
LIMIT 1
MATCH (y:Project|IndustryChain|PolicyTool|Organization|Department|Person|City)
WHERE (y.name = $b OR $b IN y.aliases) AND NOT (x.id = y.id AND labels(x)[0] = labels(y)[0])
WITH x, y ORDER BY CASE WHEN y.name = $b THEN 0 ELSE 1 END,
                   CASE WHEN y.city = $city OR y.city = $city + '市' THEN 0 ELSE 1 END,
                   labels(y)[0], y.id
LIMIT 1
MATCH p = allShortestPaths((x)-[:MENTIONS|WORKS_ON|USES|IN_CHAIN|PART_OF|SERVES_IN|ANSWERED|ASKED|ADOPTS|FOLLOWS*..6]-(y))
RETURN DISTINCT length(p) AS hops,
       [n IN nodes(p) | coalesce(n.name, n.id)] AS path,
       [n IN nodes(p) | labels(n)[0]] AS kinds,
       [r IN relationships(p) | type(r)] AS rels
