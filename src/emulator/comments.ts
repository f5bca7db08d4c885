import { cellA1, parseArea } from "../form/address";
import type { Area } from "../form/grid";
import { ExcelError } from "./errors";
import type { HostModule, ModuleObject } from "./modules";
import type { EmulatedSheet, EmulatedWorkbook } from "./workbook";

/**
 * Threaded comments (ExcelApi 1.10, learn.microsoft.com/javascript/api/excel/excel.comment):
 * one thread per cell, with replies. A thread belongs to its sheet object, so it follows a
 * renamed sheet and goes with a deleted one. Collections are the workbook's or one sheet's.
 */
export interface EmulatedComment {
  id: string;
  sheet: EmulatedSheet;
  row: number;
  col: number;
  content: string;
  authorName: string;
  resolved: boolean;
  replies: { id: string; content: string; authorName: string }[];
}

type CommentObject =
  | { kind: "comments"; sheet?: EmulatedSheet }
  | { kind: "comment"; id: string }
  | { kind: "commentReplies"; id: string }
  | { kind: "commentReply"; id: string; replyId: string };

const KINDS = new Set(["comments", "comment", "commentReplies", "commentReply"]);
const AUTHOR = "Emulated User";
let nextId = 1;

const invalid = (message: string) => new ExcelError("InvalidArgument", message);
const notFound = () => new ExcelError("ItemNotFound", "The requested resource doesn't exist.", 404);
const noMember = (what: string) =>
  new ExcelError("ApiNotFound", `The emulator does not provide ${what}.`, 404);

function find(workbook: EmulatedWorkbook, id: string): EmulatedComment {
  const comment = workbook.comments.find((c) => c.id === id);
  if (!comment) throw notFound();
  return comment;
}

const scoped = (workbook: EmulatedWorkbook, sheet?: EmulatedSheet) =>
  workbook.comments.filter((c) => !sheet || c.sheet === sheet);

/** A cell address ("Sheet!B3", "B3" on the collection's or active sheet) or a Range: one cell only. */
function cellOf(
  workbook: EmulatedWorkbook,
  address: unknown,
  scope?: EmulatedSheet
): { sheet: EmulatedSheet; area: Area } {
  if (address && typeof address === "object" && "area" in address)
    return address as { sheet: EmulatedSheet; area: Area };
  const text = String(address);
  const bang = text.lastIndexOf("!");
  const sheetName =
    bang >= 0 ? text.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'") : null;
  const sheet = sheetName ? workbook.sheet(sheetName) : (scope ?? workbook.activeWorksheet());
  const area = parseArea(bang >= 0 ? text.slice(bang + 1) : text);
  if (!sheet || !area) throw invalid("The cell address is not valid.");
  return { sheet, area };
}

function singleCell(target: { sheet: EmulatedSheet; area: Area }) {
  const { area } = target;
  if (area.top !== area.bottom || area.left !== area.right)
    throw invalid("A comment can only be added to a single cell.");
  return { sheet: target.sheet, row: area.top, col: area.left };
}

function contentOf(value: unknown): string {
  if (typeof value === "string") return value;
  if (value && typeof value === "object" && "richContent" in value)
    return String((value as { richContent: unknown }).richContent);
  return String(value ?? "");
}

export const comments: HostModule = {
  kinds: KINDS,

  navigate(workbook, parent, name, args) {
    const p = parent as CommentObject | { kind: string; sheet?: EmulatedSheet };
    if ((p.kind === "workbook" || p.kind === "worksheet") && name === "Comments")
      return { kind: "comments", sheet: (p as unknown as { sheet?: EmulatedSheet }).sheet };
    if (p.kind === "comments") {
      const scope = (p as { sheet?: EmulatedSheet }).sheet;
      if (name === "Add") {
        const at = singleCell(cellOf(workbook, args[0], scope));
        if (
          workbook.comments.some(
            (c) => c.sheet === at.sheet && c.row === at.row && c.col === at.col
          )
        )
          throw new ExcelError("InvalidOperation", "The cell already has a comment.");
        const comment: EmulatedComment = {
          id: `{comment-${nextId++}}`,
          ...at,
          content: contentOf(args[1]),
          authorName: AUTHOR,
          resolved: false,
          replies: [],
        };
        workbook.comments.push(comment);
        return { kind: "comment", id: comment.id };
      }
      if (name === "" || name === "GetItem")
        return { kind: "comment", id: find(workbook, String(args[0])).id };
      if (name === "GetItemAt") {
        const comment = scoped(workbook, scope)[Number(args[0])];
        if (!comment) throw notFound();
        return { kind: "comment", id: comment.id };
      }
      if (name === "GetItemByCell") {
        const at = singleCell(cellOf(workbook, args[0], scope));
        const comment = workbook.comments.find(
          (c) => c.sheet === at.sheet && c.row === at.row && c.col === at.col
        );
        if (!comment) throw notFound();
        return { kind: "comment", id: comment.id };
      }
      if (name === "GetItemByReplyId") {
        const comment = workbook.comments.find((c) => c.replies.some((r) => r.id === args[0]));
        if (!comment) throw notFound();
        return { kind: "comment", id: comment.id };
      }
    }
    if (p.kind === "comment") {
      const comment = find(workbook, (p as { id: string }).id);
      if (name === "Replies") return { kind: "commentReplies", id: comment.id };
      if (name === "GetLocation")
        return {
          kind: "range",
          sheet: comment.sheet,
          area: { top: comment.row, left: comment.col, bottom: comment.row, right: comment.col },
        } as ModuleObject;
    }
    if (p.kind === "commentReplies") {
      const comment = find(workbook, (p as { id: string }).id);
      if (name === "Add") {
        const reply = {
          id: `{reply-${nextId++}}`,
          content: contentOf(args[0]),
          authorName: AUTHOR,
        };
        comment.replies.push(reply);
        return { kind: "commentReply", id: comment.id, replyId: reply.id };
      }
      const reply =
        name === "GetItemAt"
          ? comment.replies[Number(args[0])]
          : name === "" || name === "GetItem"
            ? comment.replies.find((r) => r.id === args[0])
            : undefined;
      if (name === "" || name === "GetItem" || name === "GetItemAt") {
        if (!reply) throw notFound();
        return { kind: "commentReply", id: comment.id, replyId: reply.id };
      }
    }
    return undefined;
  },

  property(workbook, target, name) {
    const t = target as CommentObject;
    if (t.kind === "comment") {
      const c = find(workbook, t.id);
      const values: Record<string, unknown> = {
        id: c.id,
        content: c.content,
        authorName: c.authorName,
        authorEmail: "",
        resolved: c.resolved,
      };
      if (name in values) return values[name];
    }
    if (t.kind === "commentReply") {
      const reply = find(workbook, t.id).replies.find((r) => r.id === t.replyId);
      if (!reply) throw notFound();
      const values: Record<string, unknown> = {
        id: reply.id,
        content: reply.content,
        authorName: reply.authorName,
        authorEmail: "",
      };
      if (name in values) return values[name];
    }
    throw noMember(`${t.kind}.${name}`);
  },

  setProperty(workbook, target, name, value) {
    const t = target as CommentObject;
    if (t.kind === "comment" && name === "Content")
      return void (find(workbook, t.id).content = String(value));
    if (t.kind === "comment" && name === "Resolved")
      return void (find(workbook, t.id).resolved = Boolean(value));
    if (t.kind === "commentReply" && name === "Content") {
      const reply = find(workbook, t.id).replies.find((r) => r.id === t.replyId);
      if (!reply) throw notFound();
      reply.content = String(value);
      return;
    }
    throw noMember(`setting ${t.kind}.${name}`);
  },

  callMethod(workbook, target, name) {
    const t = target as CommentObject;
    if (name === "GetCount" && t.kind === "comments") return scoped(workbook, t.sheet).length;
    if (name === "GetCount" && t.kind === "commentReplies")
      return find(workbook, t.id).replies.length;
    if (name === "Delete" && t.kind === "comment") {
      workbook.comments.splice(workbook.comments.indexOf(find(workbook, t.id)), 1);
      return null;
    }
    if (name === "Delete" && t.kind === "commentReply") {
      const comment = find(workbook, t.id);
      comment.replies = comment.replies.filter((r) => r.id !== t.replyId);
      return null;
    }
    throw noMember(`${t.kind}.${name}()`);
  },

  items(workbook, target) {
    const t = target as CommentObject;
    if (t.kind === "comments")
      return scoped(workbook, t.sheet).map((c) => ({ kind: "comment", id: c.id }) as CommentObject);
    if (t.kind === "commentReplies")
      return find(workbook, t.id).replies.map(
        (r) => ({ kind: "commentReply", id: t.id, replyId: r.id }) as CommentObject
      );
    return undefined;
  },
};

/** "Sheet!B3" of a thread, for tests and the preview. */
export const commentAddress = (c: EmulatedComment) => `${c.sheet.name}!${cellA1(c.row, c.col)}`;
