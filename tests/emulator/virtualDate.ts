/**
 * A Date constructor that reads the virtual clock: `new Date()`, `Date()` and `Date.now()` follow it; every
 * other form behaves as the real Date of the same realm (instances are real Dates of that realm).
 */
export function makeVirtualDate(RealDate: DateConstructor, now: () => number): DateConstructor {
  function VirtualDate(this: unknown, ...args: unknown[]): unknown {
    if (new.target === undefined) return new RealDate(now()).toString();
    const date =
      args.length === 0
        ? new RealDate(now())
        : new RealDate(...(args as ConstructorParameters<DateConstructor>));
    if (new.target !== VirtualDate) Object.setPrototypeOf(date, new.target.prototype);
    return date;
  }
  VirtualDate.prototype = RealDate.prototype;
  Object.defineProperty(VirtualDate, "name", { value: "Date" });
  Object.defineProperty(VirtualDate, "length", { value: 7 });
  Object.assign(VirtualDate, {
    now: (): number => now(),
    parse: RealDate.parse.bind(RealDate),
    UTC: RealDate.UTC.bind(RealDate),
  });
  return VirtualDate as unknown as DateConstructor;
}
