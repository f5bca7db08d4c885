import { write } from "node:fs";
import { Writable } from "node:stream";

/** Bytes gathered before one write: the zip hands over headers and data in pieces of a few bytes to 16 KB. */
const BATCH = 1 << 20;

/**
 * A stream into an open file, written a megabyte at a time: the zip of a summary comes in some
 * 10,000 small pieces, and a system call for each was a tenth of merge's time (bench, "merge").
 * The file descriptor stays open: its owner flushes and closes it.
 */
export class BatchedFile extends Writable {
  private pieces: Buffer[] = [];
  private size = 0;

  constructor(private readonly fd: number) {
    super();
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void) {
    this.pieces.push(chunk);
    this.size += chunk.length;
    if (this.size >= BATCH) this.flush(done);
    else done();
  }

  override _final(done: (error?: Error | null) => void) {
    this.flush(done);
  }

  private flush(done: (error?: Error | null) => void): void {
    const bytes = Buffer.concat(this.pieces, this.size);
    this.pieces = [];
    this.size = 0;
    writeAll(this.fd, bytes, 0, done);
  }
}

function writeAll(fd: number, bytes: Buffer, from: number, done: (error?: Error | null) => void) {
  if (from >= bytes.length) return done();
  write(fd, bytes, from, bytes.length - from, null, (error, written) =>
    error ? done(error) : writeAll(fd, bytes, from + written, done)
  );
}
