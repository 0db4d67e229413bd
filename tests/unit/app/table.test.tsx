import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { numClass, Table, TableElement, tableClass, TableWrap } from "@/app/_components/ui/Table";

const row = (
  <tr>
    <th scope="row">Ada</th>
    <td className={numClass}>3</td>
  </tr>
);

describe("Table", () => {
  it("renders what the hand-written markup did: caption class, scoped and numeric headers", () => {
    const shared = renderToStaticMarkup(
      <Table
        label="Answers"
        caption="Answers in this attempt"
        captionClassName="visually-hidden"
        columns={["Learner", { label: "Try", numeric: true }]}
      >
        {row}
      </Table>,
    );
    const byHand = renderToStaticMarkup(
      <TableWrap label="Answers">
        <table className={tableClass}>
          <caption className="visually-hidden">Answers in this attempt</caption>
          <thead>
            <tr>
              <th scope="col">Learner</th>
              <th scope="col" className={numClass}>
                Try
              </th>
            </tr>
          </thead>
          <tbody>{row}</tbody>
        </table>
      </TableWrap>,
    );
    expect(shared).toBe(byHand);
    expect(shared).toContain('role="region"');
  });

  it("renders the bare table without the scroll box, for a box of its own", () => {
    const html = renderToStaticMarkup(
      <TableElement caption="Misconceptions" columns={["Misconception"]}>
        {row}
      </TableElement>,
    );
    expect(html.startsWith("<table")).toBe(true);
    expect(html).toContain("<caption>Misconceptions</caption>");
    expect(html).toContain('<th scope="col">Misconception</th>');
  });

  it("marks the table for end-to-end tests only when asked", () => {
    const marked = renderToStaticMarkup(
      <TableElement caption="Items" columns={["Question"]} testId="item-table">
        {row}
      </TableElement>,
    );
    expect(marked).toContain('<table class="' + tableClass + '" data-testid="item-table">');
    const plain = renderToStaticMarkup(
      <TableElement caption="Items" columns={["Question"]}>
        {row}
      </TableElement>,
    );
    expect(plain).not.toContain("data-testid");
  });
});
