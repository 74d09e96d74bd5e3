package dev.spindle.lessons.gil;

/**
 * Counters of a {@link RealGil}.
 *
 * @param switches       acquisitions by a thread other than the previous holder
 * @param checkReleases  releases made by the tick rule
 * @param dropsOnRequest drops made because a waiter set the drop request
 * @param maxHolders     the most threads ever inside at once: 1 with a GIL, usually more without one
 */
public record GilStats(long acquisitions, long switches, long checkReleases, long dropsOnRequest, int maxHolders) {}
