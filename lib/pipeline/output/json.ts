/**
 * JSON with object keys in sorted order, so the index bytes never depend on the order in which code built an object.
 * Arrays keep their order: every array in the index is sorted by the code that makes it.
 */
export function stableStringify(value: unknown, indent = 0): string {
  return JSON.stringify(sortKeys(value), null, indent);
}

/**
 * `value` with every object's keys in sorted order and undefined fields left out, as `sortKeysByCopy` gives it, but
 * sharing what is already so: a plain object whose keys are in order, with no undefined field and nothing below to
 * change, is itself the answer (JSON.stringify writes keys in Object.keys order), and so is an array of such values.
 * Most of a complete event is already in order (rows, links, spans), and copying all of it was most of the cost.
 */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) {
    let out: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      const s = sortKeys(v);
      if (out) out.push(s);
      else if (s !== v) {
        out = value.slice(0, i);
        out.push(s);
      }
    }
    return out ?? value;
  }
  if (value && typeof value === 'object') {
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return sortKeysByCopy(value);
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    let ordered = true;
    for (let k = 0; k < keys.length && ordered; k++) {
      if (record[keys[k]!] === undefined || (k > 0 && !(keys[k - 1]! < keys[k]!))) ordered = false;
    }
    if (!ordered) {
      const out: Record<string, unknown> = {};
      for (const key of keys.sort()) {
        const v = record[key];
        if (v !== undefined) out[key] = sortKeys(v);
      }
      return out;
    }
    let out: Record<string, unknown> | null = null;
    for (let k = 0; k < keys.length; k++) {
      const v = record[keys[k]!];
      const s = sortKeys(v);
      if (out) out[keys[k]!] = s;
      else if (s !== v) {
        out = {};
        for (let j = 0; j < k; j++) out[keys[j]!] = record[keys[j]!];
        out[keys[k]!] = s;
      }
    }
    return out ?? value;
  }
  return value;
}

/** Every object copied with its keys inserted in sorted order, undefined fields left out: the definition. */
export function sortKeysByCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysByCopy);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeysByCopy(v);
    }
    return out;
  }
  return value;
}
