/**
 * Takes over a property a page set before the element was defined: it is an
 * own property of the instance that hides the class's accessor (and would stay
 * readable). Removes it and returns its value, or `undefined` when none was
 * set, so the constructor can pass it through the accessor.
 */
export function takeEarlyProperty(element: object, name: string): { readonly value: unknown } | undefined {
  if (!Object.prototype.hasOwnProperty.call(element, name)) return undefined;
  const value: unknown = (element as Record<string, unknown>)[name];
  Reflect.deleteProperty(element, name);
  return { value };
}
