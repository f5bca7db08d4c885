import { ExcelError } from "../errors";
import type { HostObject } from "../types/objects";

/**
 * Objects a method made (getRange, add) live on between syncs as reference ids, as in Excel: the
 * library sends them back as paths of type 6 and releases them with _RemoveReference.
 */
export class References {
  private readonly byId = new Map<string, HostObject>();
  private next = 1;
  keep(target: HostObject): string {
    const id = `{emu-${this.next++}}`;
    this.byId.set(id, target);
    return id;
  }
  get(id: string): HostObject {
    const target = this.byId.get(id);
    if (!target)
      throw new ExcelError("InvalidArgument", `The object reference ${id} is no longer valid.`);
    return target;
  }
  release(id: string): void {
    this.byId.delete(id);
  }
}
