// name: search
// purpose: Entities, departments, people and exchanges whose name, alias or text contains the text (case-insensitive).
// param: text: string -- the text to look for (食品, 专项债)
// param: limit: int = 200 -- at most this many rows
// override: search.cypher asks Neo4j's full-text index (CALL db.index.fulltext.queryNodes) for candidates; LadybugDB has no such index without its FTS extension, so here it is a plain case-insensitive contains-match over the same fields, which is what the Neo4j text filters down to.
WITH toLower($text) AS q
MATCH (n:Project|IndustryChain|PolicyTool|Organization|Department|Person|City|Exchange)
WHERE toLower(n.name) CONTAINS q
   OR any(a IN n.aliases WHERE toLower(a) CONTAINS q)
   OR toLower(n.title) CONTAINS q
   OR toLower(n.question) CONTAINS q
   OR toLower(n.answer) CONTAINS q
RETURN labels(n)[0] AS label, n.id AS id, coalesce(n.name, n.title, left(n.question, 40)) AS name,
       n.city AS city,
       CASE WHEN toLower(n.name) CONTAINS q OR toLower(n.title) CONTAINS q THEN 'name'
            WHEN toLower(n.question) CONTAINS q THEN 'question'
            WHEN toLower(n.answer) CONTAINS q THEN 'answer'
            ELSE 'alias' END AS matched
ORDER BY label, id
LIMIT $limit
