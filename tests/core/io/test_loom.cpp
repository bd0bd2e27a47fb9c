// The loom writer goes 64 cells at a time (one column of 64 x 64 chunks), so the dense matrix never exists
// whole: a matrix spanning several blocks, with a partial last one, must read back value for value.
#include <QtTest>

#include "scdiff/import.hpp"
#include "support_h5ad_fixture.hpp"

using namespace scdiff;

class Loom : public QObject {
    Q_OBJECT
private slots:
    void writesInBlocksAndReadsBackExactly() {
        const std::int64_t cells = 150, genes = 70;  // 3 blocks of cells (64, 64, 22), 2 of genes
        AnnData a;
        for (std::int64_t i = 0; i < cells; ++i) a.obs.index.push_back("c" + std::to_string(i));
        for (std::int64_t j = 0; j < genes; ++j) a.var.index.push_back("g" + std::to_string(j));
        std::vector<float> x(static_cast<std::size_t>(cells * genes), 0.0f);
        for (std::int64_t i = 0; i < cells; ++i)
            for (std::int64_t j = 0; j < genes; ++j)
                if ((i * 7 + j * 3) % 5 == 0) x[static_cast<std::size_t>(i * genes + j)] = float(i * 1000 + j);
        a.X = NDArray::fromVector(x, {cells, genes});
        const auto path = testing::scratchFile("blocks.loom");
        io::writeLoom(a, path);
        const AnnData back = io::readLoom(path);
        QCOMPARE(back.nObs(), cells);
        QCOMPARE(back.nVars(), genes);
        const SparseMatrix csr = toCsrFloat32(*back.X);
        std::vector<float> dense(x.size(), 0.0f);
        const auto v = csr.values.data<float>();
        for (std::int64_t i = 0; i < cells; ++i)
            for (auto k = csr.indptr[static_cast<std::size_t>(i)]; k < csr.indptr[static_cast<std::size_t>(i) + 1]; ++k)
                dense[static_cast<std::size_t>(i * genes + csr.indices[static_cast<std::size_t>(k)])] =
                    v[static_cast<std::size_t>(k)];
        QCOMPARE(dense, x);
        QCOMPARE(back.obs.index.back(), std::string("c149"));
    }
};

QTEST_GUILESS_MAIN(Loom)
#include "test_loom.moc"
