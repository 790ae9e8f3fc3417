/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes xlsxwriter.xlsx with libxlsxwriter (Debian: libxlsxwriter-dev), an independent XLSX writer, so
 * the reader is tested on a file it did not shape. Build and run from this folder:
 *     cc -o /tmp/make_xlsxwriter_fixture make_xlsxwriter_fixture.c -lxlsxwriter && /tmp/make_xlsxwriter_fixture
 * Commit the resulting xlsxwriter.xlsx. libxlsxwriter writes shared strings, numbers, booleans, formulas
 * with a cached result and date cells styled with a number format.
 */
#include <xlsxwriter.h>

int main(void)
{
    lxw_workbook_options options = {.constant_memory = LXW_FALSE, .tmpdir = NULL, .use_zip64 = LXW_FALSE};
    lxw_workbook* workbook = workbook_new_opt("xlsxwriter.xlsx", &options);
    lxw_worksheet* survey = workbook_add_worksheet(workbook, "Encuesta");
    lxw_worksheet* cities = workbook_add_worksheet(workbook, "城市");
    lxw_format* date = workbook_add_format(workbook);
    format_set_num_format(date, "yyyy-mm-dd");

    worksheet_write_string(survey, 0, 0, "Ciudad", NULL);
    worksheet_write_string(survey, 0, 1, "Habitantes", NULL);
    worksheet_write_string(survey, 0, 2, "Fecha", NULL);
    worksheet_write_string(survey, 0, 3, "Activa", NULL);
    worksheet_write_string(survey, 0, 4, "Suma", NULL);

    worksheet_write_string(survey, 1, 0, "Oaxaca de Juárez", NULL);
    worksheet_write_number(survey, 1, 1, 270955, NULL);
    lxw_datetime d1 = {2020, 12, 31, 0, 0, 0};
    worksheet_write_datetime(survey, 1, 2, &d1, date);
    worksheet_write_boolean(survey, 1, 3, 1, NULL);
    worksheet_write_formula_num(survey, 1, 4, "=B2+1", NULL, 270956);

    worksheet_write_string(survey, 2, 0, "洛阳", NULL);
    worksheet_write_number(survey, 2, 1, 7057000.5, NULL);
    lxw_datetime d2 = {2021, 1, 15, 0, 0, 0};
    worksheet_write_datetime(survey, 2, 2, &d2, date);
    worksheet_write_boolean(survey, 2, 3, 0, NULL);
    worksheet_write_string(survey, 2, 4, "Robert'); DROP TABLE cities;--", NULL);

    /* Row 4 (index 3) left empty; a far cell in row 5. */
    worksheet_write_string(survey, 4, 27, "AB5", NULL);

    worksheet_write_string(cities, 0, 0, "敦煌", NULL);
    worksheet_write_string(cities, 0, 1, "Ciudad de México", NULL);

    return workbook_close(workbook) == LXW_NO_ERROR ? 0 : 1;
}
