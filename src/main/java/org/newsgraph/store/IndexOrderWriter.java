package org.newsgraph.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Adds many quads to a TDB2 dataset inside the caller's write transaction, one quad index at a time
 * and each in that index's own order, as Jena's bulk loaders do, instead of quad by quad across all
 * six indexes. Consecutive inserts then land in the same B+tree leaves. It is still one transaction:
 * nothing is visible or durable before the caller commits, and an abort drops it all.
 *
 * <p>Datasets that are not TDB2, and quads in the default graph, go through {@link DatasetGraph#add}.
 */
final class IndexOrderWriter {
    private IndexOrderWriter() {
    }

    /** Adds the quads; the caller holds the dataset's write transaction. */
    static void addAll(DatasetGraph dsg, List<Quad> quads) {
        DatasetGraphTDB tdb = TDBInternal.isTDB2(dsg) ? TDBInternal.getDatasetGraphTDB(dsg) : null;
        if (tdb == null || quads.stream().anyMatch(Quad::isDefaultGraph)) {
            quads.forEach(dsg::add);
            return;
        }
        NodeTupleTable table = tdb.getQuadTable().getNodeTupleTable();
        NodeTable nodes = table.getNodeTable();
        List<Tuple<NodeId>> tuples = new ArrayList<>(quads.size());
        for (Quad q : quads) {
            tuples.add(TupleFactory.create4(nodes.getAllocateNodeId(q.getGraph()), nodes.getAllocateNodeId(q.getSubject()),
                    nodes.getAllocateNodeId(q.getPredicate()), nodes.getAllocateNodeId(q.getObject())));
        }
        for (TupleIndex index : table.getTupleTable().getIndexes()) {
            tuples.sort(order(index.getMapping()));
            for (Tuple<NodeId> t : tuples) {
                index.add(t);
            }
        }
    }

    /** Compares tuples (in the table's column order) as the index orders its keys. */
    static Comparator<Tuple<NodeId>> order(TupleMap map) {
        Tuple<Integer> columns = map.map(TupleFactory.create4(0, 1, 2, 3));
        int c0 = columns.get(0);
        int c1 = columns.get(1);
        int c2 = columns.get(2);
        int c3 = columns.get(3);
        return (a, b) -> {
            int c = a.get(c0).compareTo(b.get(c0));
            if (c == 0) {
                c = a.get(c1).compareTo(b.get(c1));
            }
            if (c == 0) {
                c = a.get(c2).compareTo(b.get(c2));
            }
            return c != 0 ? c : a.get(c3).compareTo(b.get(c3));
        };
    }
}
