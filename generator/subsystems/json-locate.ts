// A small JSON reader that remembers where every key and value starts, so manifest errors can point at the line
// and column of the key that is wrong (JSON.parse gives values only).

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export interface JsonPos {
  line: number;
  column: number;
}

export interface LocatedJson {
  value: JsonValue;
  /** JSON pointer (`/subsystems/0/name`) → position of the key (for members) or of the value (array items, root). */
  at: Map<string, JsonPos>;
}

export interface JsonSyntaxError {
  message: string;
  pos: JsonPos;
}

class Reader {
  private i = 0;
  readonly at = new Map<string, JsonPos>();

  constructor(private readonly text: string) {}

  pos(index = this.i): JsonPos {
    let line = 1;
    let col = 1;
    for (let k = 0; k < index; k++) {
      if (this.text[k] === '\n') {
        line++;
        col = 1;
      } else col++;
    }
    return { line, column: col };
  }

  fail(message: string): never {
    throw { message, pos: this.pos() } satisfies JsonSyntaxError;
  }

  ws(): void {
    while (this.i < this.text.length && /\s/.test(this.text[this.i]!)) this.i++;
  }

  document(): JsonValue {
    this.ws();
    this.at.set('', this.pos());
    const v = this.value('');
    this.ws();
    if (this.i < this.text.length) this.fail('unexpected text after the JSON value');
    return v;
  }

  value(path: string): JsonValue {
    this.ws();
    const c = this.text[this.i];
    if (c === '{') return this.object(path);
    if (c === '[') return this.array(path);
    if (c === '"') return this.string();
    const m = /^(-?\d+(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(this.text.slice(this.i));
    if (!m) this.fail(c === undefined ? 'unexpected end of file' : `unexpected character "${c}"`);
    this.i += m[0].length;
    return m[0] === 'true' ? true : m[0] === 'false' ? false : m[0] === 'null' ? null : Number(m[0]);
  }

  string(): string {
    const m = /^"(?:[^"\\\u0000-\u001f]|\\.)*"/.exec(this.text.slice(this.i));
    if (!m) this.fail('unterminated or invalid string');
    this.i += m[0].length;
    return JSON.parse(m[0]) as string;
  }

  object(path: string): JsonValue {
    const out: { [key: string]: JsonValue } = {};
    this.i++;
    this.ws();
    if (this.text[this.i] === '}') {
      this.i++;
      return out;
    }
    for (;;) {
      this.ws();
      if (this.text[this.i] !== '"') this.fail('expected a key in double quotes');
      const keyPos = this.pos();
      const key = this.string();
      const child = `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      this.at.set(child, keyPos);
      this.ws();
      if (this.text[this.i] !== ':') this.fail('expected ":" after the key');
      this.i++;
      out[key] = this.value(child);
      this.ws();
      const c = this.text[this.i++];
      if (c === '}') return out;
      if (c !== ',') this.fail('expected "," or "}"');
    }
  }

  array(path: string): JsonValue {
    const out: JsonValue[] = [];
    this.i++;
    this.ws();
    if (this.text[this.i] === ']') {
      this.i++;
      return out;
    }
    for (;;) {
      this.ws();
      const child = `${path}/${out.length}`;
      this.at.set(child, this.pos());
      out.push(this.value(child));
      this.ws();
      const c = this.text[this.i++];
      if (c === ']') return out;
      if (c !== ',') this.fail('expected "," or "]"');
    }
  }
}

export function parseLocatedJson(text: string): LocatedJson | JsonSyntaxError {
  const r = new Reader(text);
  try {
    const value = r.document();
    return { value, at: r.at };
  } catch (e) {
    if (typeof e === 'object' && e !== null && 'pos' in e) return e as JsonSyntaxError;
    throw e;
  }
}
