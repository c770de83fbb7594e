/** A Storage for tests, which can be made to refuse writes the way a full quota does. */
export class MemoryStorage implements Storage {
  private data = new Map<string, string>();
  full = false;

  get length() {
    return this.data.size;
  }
  clear() {
    this.data.clear();
  }
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  key(index: number) {
    return [...this.data.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.data.set(key, String(value));
  }
  keys() {
    return [...this.data.keys()];
  }
}
