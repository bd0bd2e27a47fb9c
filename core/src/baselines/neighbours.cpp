#include "baselines/neighbours.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <exception>
#include <mutex>
#include <numeric>
#include <thread>

namespace scdiff::baselines::detail {

void parallelFor(std::int64_t blocks, const std::function<void(std::int64_t)>& body) {
    const auto threads = static_cast<std::int64_t>(
        std::min<unsigned>(8, std::max(1u, std::thread::hardware_concurrency())));
    const auto n = std::min(threads, blocks);
    if (n <= 1) {
        for (std::int64_t b = 0; b < blocks; ++b) body(b);
        return;
    }
    std::atomic<std::int64_t> next{0};
    std::exception_ptr error;
    std::mutex errorMutex;
    auto worker = [&] {
        for (std::int64_t b; (b = next++) < blocks;) {
            try {
                body(b);
            } catch (...) {
                std::lock_guard lock(errorMutex);
                if (!error) error = std::current_exception();
            }
        }
    };
    std::vector<std::thread> pool;
    for (std::int64_t t = 0; t < n; ++t) pool.emplace_back(worker);
    for (auto& t : pool) t.join();
    if (error) std::rethrow_exception(error);
}

Neighbours nearest(const Eigen::MatrixXd& query, const Eigen::MatrixXd& reference, Eigen::Index k, bool excludeSelf) {
    const Eigen::Index m = query.rows(), n = reference.rows();
    Neighbours out;
    out.k = std::min<Eigen::Index>(k, excludeSelf ? n - 1 : n);
    if (out.k <= 0) return out;
    out.index.resize(static_cast<std::size_t>(m * out.k));
    out.distance.resize(out.index.size());
    const Eigen::VectorXd refNorm = reference.rowwise().squaredNorm();
    constexpr Eigen::Index kBlock = 256;
    const std::int64_t blocks = (m + kBlock - 1) / kBlock;
    parallelFor(blocks, [&](std::int64_t b) {
        const Eigen::Index start = b * kBlock, rows = std::min(kBlock, m - start);
        const Eigen::MatrixXd q = query.middleRows(start, rows);
        Eigen::MatrixXd d2 = -2.0 * q * reference.transpose();  // rows x n
        d2.colwise() += q.rowwise().squaredNorm();
        d2.rowwise() += refNorm.transpose();
        std::vector<std::int64_t> order;
        for (Eigen::Index i = 0; i < rows; ++i) {
            const Eigen::Index qi = start + i;
            order.resize(static_cast<std::size_t>(n));  // the erase below shrinks it
            std::iota(order.begin(), order.end(), 0);
            if (excludeSelf) order.erase(order.begin() + qi);
            auto closer = [&](std::int64_t a, std::int64_t c) {
                const double da = d2(i, a), dc = d2(i, c);
                return da < dc || (da == dc && a < c);
            };
            std::partial_sort(order.begin(), order.begin() + out.k, order.end(), closer);
            for (Eigen::Index j = 0; j < out.k; ++j) {
                const auto at = static_cast<std::size_t>(qi * out.k + j);
                out.index[at] = order[static_cast<std::size_t>(j)];
                out.distance[at] = std::sqrt(std::max(0.0, d2(i, order[static_cast<std::size_t>(j)])));
            }
        }
    });
    return out;
}

}  // namespace scdiff::baselines::detail
