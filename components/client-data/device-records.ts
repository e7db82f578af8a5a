/**
 * A visitor's documents (worksheets, diagrams) live in this browser: each one a
 * record under `<prefix><key>` ({ ...value, version, importKey }), plus the
 * autosave draft of edits not yet written to it. The import key is made once
 * per record and kept across saves, so importing the record into an account,
 * twice or from two tabs, is recognised as the same copy.
 */
export type DeviceKinds = { prefix: string; draftPrefix: string };

/** Visitors' worksheets: `lesson:<lesson>/<block>` or a prompt's id. */
export const DEVICE_WORKSHEETS: DeviceKinds = {
  prefix: "tradeoff:worksheet:device:",
  draftPrefix: "tradeoff:worksheet-draft:device:",
};

/** Visitors' diagrams: `lesson:<lesson>/<block>` or a template's id. */
export const DEVICE_DIAGRAMS: DeviceKinds = {
  prefix: "tradeoff:diagram:device:",
  draftPrefix: "tradeoff:diagram-draft:device:",
};

/** Whether this browser holds any visitor document (a cheap look at key names only). */
export function hasDeviceRecords(): boolean {
  const prefixes = [DEVICE_WORKSHEETS, DEVICE_DIAGRAMS].flatMap((kind) => [kind.prefix, kind.draftPrefix]);
  for (let index = 0; index < localStorage.length; index++) {
    const name = localStorage.key(index) ?? "";
    if (prefixes.some((prefix) => name.startsWith(prefix))) return true;
  }
  return false;
}

type Record<V> = V & { version: number; importKey?: string };

function parse<T>(raw: string | null): T | null {
  try {
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

export function readDeviceRecord<V>(kind: DeviceKinds, key: string): (V & { version: number }) | null {
  return parse<Record<V>>(localStorage.getItem(kind.prefix + key));
}

/** Writes a record, keeping its import key; false when the browser's storage is full or disabled. */
export function writeDeviceRecord<V extends object>(
  kind: DeviceKinds,
  key: string,
  value: V,
  version: number,
): boolean {
  try {
    const before = readDeviceRecord<V & { importKey?: string }>(kind, key);
    const importKey = before?.importKey ?? crypto.randomUUID();
    localStorage.setItem(kind.prefix + key, JSON.stringify({ ...value, version, importKey }));
    return true;
  } catch {
    return false;
  }
}

export type DeviceDocument<V> = {
  key: string;
  value: V;
  importKey: string;
  /** The stored text of record and draft, to tell later whether they changed since. */
  snapshot: string;
};

/**
 * Every document of one kind in this browser, with unsaved draft edits
 * applied (a visitor may sign up within a second of typing).
 */
export function listDeviceRecords<V extends object>(kind: DeviceKinds, pick: (stored: V) => V): DeviceDocument<V>[] {
  const keys = new Set<string>();
  for (let index = 0; index < localStorage.length; index++) {
    const name = localStorage.key(index) ?? "";
    if (name.startsWith(kind.prefix)) keys.add(name.slice(kind.prefix.length));
    if (name.startsWith(kind.draftPrefix)) keys.add(name.slice(kind.draftPrefix.length));
  }
  return [...keys].flatMap((key) => {
    const draft = parse<{ value: V; baseVersion: number }>(localStorage.getItem(kind.draftPrefix + key));
    let record = readDeviceRecord<V & { importKey?: string }>(kind, key);
    if (!record?.importKey) {
      const value = draft?.value ?? record;
      if (!value || !writeDeviceRecord(kind, key, pick(value), record?.version ?? 0)) return [];
      record = readDeviceRecord<V & { importKey?: string }>(kind, key)!;
    }
    return [
      {
        key,
        value: pick(draft?.value ?? record),
        importKey: record.importKey!,
        snapshot: snapshotOf(kind, key),
      },
    ];
  });
}

const snapshotOf = (kind: DeviceKinds, key: string) =>
  `${localStorage.getItem(kind.prefix + key)}\n${localStorage.getItem(kind.draftPrefix + key)}`;

/** Removes a document from this browser, unless it changed after `snapshot` was taken (then it stays, to be offered again). */
export function forgetDeviceRecord(kind: DeviceKinds, document: { key: string; snapshot: string }) {
  if (snapshotOf(kind, document.key) !== document.snapshot) return;
  localStorage.removeItem(kind.prefix + document.key);
  localStorage.removeItem(kind.draftPrefix + document.key);
}
