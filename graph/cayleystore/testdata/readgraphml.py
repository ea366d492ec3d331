"""Reads a GraphML file with networkx and igraph, as analysts' tools do, and
prints what each found as JSON: node and edge counts, every node's
attributes and every edge's ends and predicate (networkx)."""
import json
import sys

import networkx as nx

path = sys.argv[1]
g = nx.read_graphml(path)
out = {
    "networkx": {
        "nodes": {n: d for n, d in g.nodes(data=True)},
        "edges": [[u, v, d.get("predicate", ""), d.get("sources", 0)] for u, v, d in g.edges(data=True)],
    }
}
try:
    import igraph
except ImportError:
    pass
else:
    ig = igraph.Graph.Read_GraphML(path)
    out["igraph"] = {"nodes": ig.vcount(), "edges": ig.ecount()}
print(json.dumps(out))
