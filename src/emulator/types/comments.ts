import { ExcelError, invalidArgument, itemNotFound } from "../errors";
import { parseLocal, splitSheet, single } from "../model/address";
import type { EmulatedComment, EmulatedReply, EmulatedSheet } from "../model/sheet";
import type { EmulatedWorkbook } from "../model/workbook";
import type { Host, HostObject, HostType, ObjectOf } from "./objects";
import { rangeOf } from "./range";

type Comments = ObjectOf<"comments">;
type Comment = ObjectOf<"comment">;

const AUTHOR = { authorName: "Emulator", authorEmail: "emulator@perf-targets.local" };

/** The comments a collection holds: the workbook's (every sheet's) or one sheet's. */
function all(workbook: EmulatedWorkbook, sheet?: EmulatedSheet): Comment[] {
  return workbook.comments
    .filter((c) => !sheet || c.sheet === sheet)
    .map((comment): Comment => ({ kind: "comment", sheet: comment.sheet, comment }));
}

/**
 * The one cell a comment sits on: a Range or an address ("Sheet1!A1", or "A1" on the
 * collection's sheet or the active sheet); more than one cell is InvalidArgument
 * (CommentCollection.add). A cell inside a merged area other than its top-left cell is refused
 * too (undocumented; a guess, docs/emulator.md).
 */
function cellOf(workbook: EmulatedWorkbook, at: unknown, home?: EmulatedSheet) {
  let sheet: EmulatedSheet | undefined;
  let area;
  const target = at as HostObject;
  if (target && typeof target === "object" && target.kind === "range") ({ sheet, area } = target);
  else {
    const { sheet: name, local } = splitSheet(String(at ?? ""));
    sheet = name === undefined ? (home ?? workbook.active) : workbook.sheet(name);
    area = parseLocal(local);
  }
  if (!sheet || !area || area.top !== area.bottom || area.left !== area.right)
    throw invalidArgument();
  const inside = sheet.merges.find(
    (m) => area.top >= m.top && area.top <= m.bottom && area.left >= m.left && area.left <= m.right
  );
  if (inside && (inside.top !== area.top || inside.left !== area.left)) throw invalidArgument();
  return { sheet, row: area.top, col: area.left };
}

const contentOf = (content: unknown) =>
  typeof content === "string"
    ? content
    : String((content as { richContent?: string })?.richContent ?? "");

function reply(content: unknown, workbook: EmulatedWorkbook): EmulatedReply {
  return {
    id: workbook.newId(),
    content: contentOf(content),
    ...AUTHOR,
    creationDate: new Date().toISOString(),
  };
}

function find(list: Comment[], id: unknown): Comment | null {
  return list.find((c) => c.comment.id.toLowerCase() === String(id).toLowerCase()) ?? null;
}

/**
 * A thread's change is a change of its cell's data for Worksheet.onChanged: the reference says
 * the event occurs "when the data of individual cells or comments has changed"
 * (excel.worksheet, onChanged), so an add-in that writes comments hears its own writes.
 */
const threadChanged = (host: Host, comment: EmulatedComment) =>
  host.workbook.changed({
    sheet: comment.sheet,
    area: single(comment.row, comment.col),
    changeType: "RangeEdited",
    what: "comments",
  });

const byCell = (c: Comments, at: unknown, host: Host) => {
  const { sheet, row, col } = cellOf(host.workbook, at, c.sheet);
  const comment = host.workbook.commentAt(sheet, row, col);
  return comment ? ({ kind: "comment", sheet, comment } as Comment) : null;
};

export const commentTypes = {
  comments: {
    className: "CommentCollection",
    items: (c, host) => all(host.workbook, c.sheet),
    methods: {
      add: (c, [at, content, contentType], host) => {
        const { sheet, row, col } = cellOf(host.workbook, at, c.sheet);
        if (host.workbook.commentAt(sheet, row, col))
          throw new ExcelError(
            "InvalidOperation",
            "The cell already has a comment thread; reply to it instead."
          );
        const comment: EmulatedComment = {
          ...reply(content, host.workbook),
          sheet,
          row,
          col,
          resolved: false,
          contentType: contentType === "Mention" ? "Mention" : "Plain",
          replies: [],
        };
        host.workbook.comments.push(comment);
        threadChanged(host, comment);
        return { kind: "comment", sheet, comment };
      },
      getItem: (c, [id], host) => find(all(host.workbook, c.sheet), id) ?? notFound(),
      getItemOrNullObject: (c, [id], host) => find(all(host.workbook, c.sheet), id),
      getItemByCell: (c, [at], host) => byCell(c, at, host) ?? notFound(),
      getItemByReplyId: (c, [id], host) =>
        all(host.workbook, c.sheet).find((t) => t.comment.replies.some((r) => r.id === id)) ??
        notFound(),
      getCount: (c, _a, host) => all(host.workbook, c.sheet).length,
    },
  } satisfies HostType<Comments>,

  comment: {
    className: "Comment",
    id: (c) => c.comment.id,
    get: {
      id: (c) => c.comment.id,
      content: (c) => c.comment.content,
      richContent: (c) => c.comment.content,
      authorName: (c) => c.comment.authorName,
      authorEmail: (c) => c.comment.authorEmail,
      creationDate: (c) => c.comment.creationDate,
      resolved: (c) => c.comment.resolved,
      contentType: (c) => c.comment.contentType ?? "Plain",
      mentions: () => [],
    },
    set: {
      content: (c, value, host) => {
        c.comment.content = contentOf(value);
        threadChanged(host, c.comment);
      },
      resolved: (c, value) => void (c.comment.resolved = Boolean(value)),
    },
    nav: { replies: (c) => ({ kind: "replies", sheet: c.sheet, comment: c.comment }) },
    methods: {
      delete: (c, _a, host) => {
        const list = host.workbook.comments;
        if (!list.includes(c.comment)) return;
        list.splice(list.indexOf(c.comment), 1);
        threadChanged(host, c.comment);
      },
      getLocation: (c) => rangeOf(c.sheet, single(c.comment.row, c.comment.col)),
      updateMentions: () => undefined,
    },
  } satisfies HostType<Comment>,

  replies: {
    className: "CommentReplyCollection",
    items: (r) =>
      r.comment.replies.map(
        (one) => ({ kind: "reply", sheet: r.sheet, comment: r.comment, reply: one }) as HostObject
      ),
    methods: {
      add: (r, [content], host) => {
        const one = reply(content, host.workbook);
        r.comment.replies.push(one);
        threadChanged(host, r.comment);
        return { kind: "reply", sheet: r.sheet, comment: r.comment, reply: one };
      },
      getItem: (r, [id]) => replyById(r, id) ?? notFound(),
      getItemOrNullObject: (r, [id]) => replyById(r, id),
      getCount: (r) => r.comment.replies.length,
    },
  } satisfies HostType<ObjectOf<"replies">>,

  reply: {
    className: "CommentReply",
    id: (r) => r.reply.id,
    get: {
      id: (r) => r.reply.id,
      content: (r) => r.reply.content,
      authorName: (r) => r.reply.authorName,
      authorEmail: (r) => r.reply.authorEmail,
      creationDate: (r) => r.reply.creationDate,
      resolved: (r) => r.comment.resolved,
      contentType: () => "Plain",
      mentions: () => [],
    },
    set: { content: (r, value) => void (r.reply.content = contentOf(value)) },
    methods: {
      delete: (r, _a, host) => {
        r.comment.replies.splice(r.comment.replies.indexOf(r.reply), 1);
        threadChanged(host, r.comment);
      },
      getLocation: (r) => rangeOf(r.sheet, single(r.comment.row, r.comment.col)),
      getParentComment: (r) => ({ kind: "comment", sheet: r.sheet, comment: r.comment }),
    },
  } satisfies HostType<ObjectOf<"reply">>,
};

function replyById(r: ObjectOf<"replies">, id: unknown): HostObject | null {
  const one = r.comment.replies.find((x) => x.id === id);
  return one ? { kind: "reply", sheet: r.sheet, comment: r.comment, reply: one } : null;
}

function notFound(): never {
  throw itemNotFound();
}
