// name: connection
// purpose: The shortest ways two entities (projects, chains, tools, organisations, departments, people, cities) are linked.
// param: a: string -- a name or alias (中原食品实验室, 市科技局, 专项债券)
// param: b: string -- another name or alias
// param: city: string = null -- when a name fits nodes in several cities (科技局), use the one in this city
// param: limit: int = 50 -- at most this many paths
// order: hops, path, kinds, rels
// limit: limit
// # Each end is resolved to ONE node, the first by: exact name before alias, the given city first,
// # then label and key (written as "no better candidate exists" rather than WITH … ORDER BY … LIMIT 1,
// # which makes LadybugDB 0.22 plan the path search from every node). One node per end also keeps the
// # search single-source: LadybugDB 0.22 returns misordered relationship lists and misses sources
// # when ALL SHORTEST starts from several nodes at once.
MATCH (x:Project|IndustryChain|PolicyTool|Organization|Department|Person|City)
WHERE (x.name = $a OR $a IN x.aliases)
  AND NOT EXISTS {
    MATCH (z:Project|IndustryChain|PolicyTool|Organization|Department|Person|City)
    WHERE (z.name = $a OR $a IN z.aliases)
      AND (CASE WHEN z.name = $a THEN '0' ELSE '1' END
           + CASE WHEN z.city = $city OR z.city = $city + '市' THEN '0' ELSE '1' END
           + labels(z)[0] + '|' + z.id)
        < (CASE WHEN x.name = $a THEN '0' ELSE '1' END
           + CASE WHEN x.city = $city OR x.city = $city + '市' THEN '0' ELSE '1' END
           + labels(x)[0] + '|' + x.id)
  }
MATCH (y:Project|IndustryChain|PolicyTool|Organization|Department|Person|City)
WHERE (y.name = $b OR $b IN y.aliases)
  AND NOT EXISTS {
    MATCH (z:Project|IndustryChain|PolicyTool|Organization|Department|Person|City)
    WHERE (z.name = $b OR $b IN z.aliases)
      AND (CASE WHEN z.name = $b THEN '0' ELSE '1' END
           + CASE WHEN z.city = $city OR z.city = $city + '市' THEN '0' ELSE '1' END
           + labels(z)[0] + '|' + z.id)
        < (CASE WHEN y.name = $b THEN '0' ELSE '1' END
           + CASE WHEN y.city = $city OR y.city = $city + '市' THEN '0' ELSE '1' END
           + labels(y)[0] + '|' + y.id)
  }
  AND NOT (x.id = y.id AND labels(x)[0] = labels(y)[0])
MATCH p = allShortestPaths((x)-[:MENTIONS|WORKS_ON|USES|IN_CHAIN|PART_OF|SERVES_IN|ANSWERED|ASKED|ADOPTS|FOLLOWS*..6]-(y))
RETURN DISTINCT length(p) AS hops,
       [n IN nodes(p) | coalesce(n.name, n.id)] AS path,
       [n IN nodes(p) | labels(n)[0]] AS kinds,
       [r IN relationships(p) | type(r)] AS rels
