// name: search
// purpose: Entities, departments, people and exchanges whose name, alias or text contains the text (case-insensitive).
// param: text: string -- the text to look for (食品, 专项债)
// param: limit: int = 200 -- at most this many rows
// # Neo4j: the full-text index policygraph_text (cjk analyzer: character bigrams) finds the candidates
// # when the text is two or more Han characters, where a bigram phrase query finds exactly the
// # texts that contain it; otherwise (one character, Latin, digits) the labels are scanned. Aliases
// # are not in the index and are always scanned (entity labels only). Every candidate then passes
// # the same contains-filter as search.ladybug.cypher, so both stores return the same rows.
CALL {
  UNWIND CASE WHEN $text =~ '\\p{IsHan}{2,}' THEN [1] ELSE [] END AS use_index
  CALL db.index.fulltext.queryNodes('policygraph_text', '"' + $text + '"') YIELD node
  RETURN node AS n
  UNION
  UNWIND CASE WHEN $text =~ '\\p{IsHan}{2,}' THEN [] ELSE [1] END AS scan
  MATCH (node:Project|IndustryChain|PolicyTool|Organization|Department|Person|City|Exchange)
  RETURN node AS n
  UNION
  MATCH (node:Project|IndustryChain|PolicyTool|Organization|Department)
  WHERE any(a IN node.aliases WHERE toLower(a) CONTAINS toLower($text))
  RETURN node AS n
}
WITH n, toLower($text) AS q
WHERE (n:Project OR n:IndustryChain OR n:PolicyTool OR n:Organization OR n:Department OR n:Person OR n:City OR n:Exchange)
  AND (toLower(n.name) CONTAINS q
   OR any(a IN n.aliases WHERE toLower(a) CONTAINS q)
   OR toLower(n.title) CONTAINS q
   OR toLower(n.question) CONTAINS q
   OR toLower(n.answer) CONTAINS q)
RETURN labels(n)[0] AS label, n.id AS id, coalesce(n.name, n.title, left(n.question, 40)) AS name,
       n.city AS city,
       CASE WHEN toLower(n.name) CONTAINS q OR toLower(n.title) CONTAINS q THEN 'name'
            WHEN toLower(n.question) CONTAINS q THEN 'question'
            WHEN toLower(n.answer) CONTAINS q THEN 'answer'
            ELSE 'alias' END AS matched
ORDER BY label, id
LIMIT $limit
