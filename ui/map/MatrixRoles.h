// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace cb::ui {

/** Item data roles shared by the matrix models, their delegate and the page. */
namespace MatrixRoles {
enum : int {
    Sort = Qt::UserRole + 1, ///< the number a column sorts by (a name column sorts by its text)
    Heat,                    ///< QVariantList of shares 0..1, one per layer; absent on name cells
    RowId,                   ///< the row's actor id (or a group's negative marker id)
    ColumnId,                ///< header data: the column's actor or theme id
};
}

} // namespace cb::ui
