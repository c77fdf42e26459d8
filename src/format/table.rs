//! The output buffer and the column layout Prisma's formatter uses: rows of
//! cells, each column as wide as its widest cell (counted in bytes, as Prisma
//! counts them), one space between columns, and a suffix (a trailing comment)
//! that never widens a column.

/// Spaces per indentation level.
const INDENT: usize = 2;

/// The text being written, with the current indentation.
#[derive(Debug, Default)]
pub(super) struct Output {
    pub(super) text: String,
    indent: usize,
}

impl Output {
    pub(super) fn with_capacity(capacity: usize) -> Self {
        Output {
            text: String::with_capacity(capacity),
            indent: 0,
        }
    }

    /// Writes `text`, indenting it first when it starts a line.
    pub(super) fn write(&mut self, text: &str) {
        if self.text.is_empty() || self.text.ends_with('\n') {
            for _ in 0..self.indent * INDENT {
                self.text.push(' ');
            }
        }
        self.text.push_str(text);
    }

    pub(super) fn end_line(&mut self) {
        self.text.push('\n');
    }

    pub(super) fn indent(&mut self) {
        self.indent += 1;
    }

    pub(super) fn dedent(&mut self) {
        self.indent = self.indent.saturating_sub(1);
    }
}

#[derive(Debug)]
enum Row {
    /// Cells aligned with the other rows, then a suffix that is not.
    Cells(Vec<String>, String),
    /// A line written as it is, outside the layout.
    Verbatim(String),
}

/// Rows laid out together; an empty line in a block starts a new table.
#[derive(Debug, Default)]
pub(super) struct Table {
    rows: Vec<Row>,
}

impl Table {
    pub(super) fn start_row(&mut self) {
        self.rows.push(Row::Cells(Vec::new(), String::new()));
    }

    /// The cell at `index` of the current row, creating the cells before it.
    pub(super) fn cell(&mut self, index: usize) -> &mut String {
        if !matches!(self.rows.last(), Some(Row::Cells(..))) {
            self.start_row();
        }
        match self.rows.last_mut() {
            Some(Row::Cells(cells, _)) => {
                if cells.len() <= index {
                    cells.resize(index + 1, String::new());
                }
                &mut cells[index]
            }
            // A cell row was just ensured.
            _ => unreachable!("the current row holds cells"),
        }
    }

    /// Appends to the current row's suffix.
    pub(super) fn suffix(&mut self, text: &str) {
        if !matches!(self.rows.last(), Some(Row::Cells(..))) {
            self.start_row();
        }
        if let Some(Row::Cells(_, suffix)) = self.rows.last_mut() {
            suffix.push_str(text);
        }
    }

    pub(super) fn verbatim(&mut self, text: &str) {
        self.rows.push(Row::Verbatim(text.to_string()));
    }

    /// Writes every row, one per line, and empties the table.
    pub(super) fn render(&mut self, out: &mut Output) {
        let mut widths: Vec<usize> = Vec::new();
        for row in &mut self.rows {
            if let Row::Cells(cells, _) = row {
                // Empty trailing cells take no room.
                while cells.last().is_some_and(String::is_empty) {
                    cells.pop();
                }
                if widths.len() < cells.len() {
                    widths.resize(cells.len(), 0);
                }
                for (width, cell) in widths.iter_mut().zip(cells.iter()) {
                    *width = (*width).max(cell.len());
                }
            }
        }
        for row in self.rows.drain(..) {
            match row {
                Row::Cells(cells, suffix) => {
                    let last = cells.len().saturating_sub(1);
                    for (i, cell) in cells.iter().enumerate() {
                        out.write(cell);
                        if i < last {
                            out.write(&" ".repeat(widths[i] - cell.len() + 1));
                        }
                    }
                    if !suffix.is_empty() {
                        if !cells.is_empty() {
                            out.write(" ");
                        }
                        out.write(&suffix);
                    }
                }
                Row::Verbatim(text) => out.write(&text),
            }
            out.end_line();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_as_wide_as_their_widest_cell_in_bytes() {
        let mut table = Table::default();
        for cells in [["é", "Int", ""], ["name", "String", "@id"]] {
            table.start_row();
            for (i, cell) in cells.iter().enumerate() {
                table.cell(i).push_str(cell);
            }
        }
        table.suffix("// note");
        table.verbatim("not a row");
        let mut out = Output::default();
        out.indent();
        table.render(&mut out);
        assert_eq!(
            out.text,
            "  é   Int\n  name String @id // note\n  not a row\n"
        );
    }
}
