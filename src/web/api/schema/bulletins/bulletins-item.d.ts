// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/bulletins/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A bulletin with its figures: counts, laggards, rankings, changes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            placeId: string;
                            placeName: string;
                            /** @description A ten-day period: YYYY-MM-1 (days 1–10), YYYY-MM-2 (11–20), YYYY-MM-3 (21 to the month end) */
                            period: string;
                            /** @description First day of the period */
                            periodFrom: string;
                            /** @description Last day of the period: every figure is as of this day */
                            asOf: string;
                            counts: {
                                /** @description Projects counted: those without sub-projects, started by the last day */
                                total: number;
                                on_track: number;
                                behind: number;
                                seriously_behind: number;
                                overdue: number;
                                done: number;
                            };
                            generatedAt: string;
                            /** @description Null when the sweep wrote it */
                            generatedByName: string | null;
                            figures: {
                                counts: {
                                    /** @description Projects counted: those without sub-projects, started by the last day */
                                    total: number;
                                    on_track: number;
                                    behind: number;
                                    seriously_behind: number;
                                    overdue: number;
                                    done: number;
                                };
                                /** @description Worst status first, then the widest gap */
                                laggards: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    leadUnitName: string;
                                    /** @description The child place of the bulletin’s place that holds it */
                                    placeName: string;
                                    /** @enum {string} */
                                    status: "on_track" | "behind" | "seriously_behind" | "overdue" | "done";
                                    plannedProgress: number;
                                    actualProgress: number;
                                    /** @description planned − actual, in points */
                                    gap: number;
                                }[];
                                /** @description Lead units, best first */
                                byUnit: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    /** @description 1 is best; equal share and gap share a rank */
                                    rank: number;
                                    total: number;
                                    /** @description On track or done */
                                    onTrack: number;
                                    /** @description Behind, seriously behind or overdue */
                                    lagging: number;
                                    /** @description onTrack / total × 100, one decimal */
                                    onTrackShare: number;
                                    /** @description Mean of max(0, planned − actual), one decimal */
                                    meanGap: number;
                                }[];
                                /** @description Child places, best first */
                                byPlace: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    /** @description 1 is best; equal share and gap share a rank */
                                    rank: number;
                                    total: number;
                                    /** @description On track or done */
                                    onTrack: number;
                                    /** @description Behind, seriously behind or overdue */
                                    lagging: number;
                                    /** @description onTrack / total × 100, one decimal */
                                    onTrackShare: number;
                                    /** @description Mean of max(0, planned − actual), one decimal */
                                    meanGap: number;
                                }[];
                                /** @description Status changes since the previous period */
                                changes: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    leadUnitName: string;
                                    /** @enum {string} */
                                    kind: "newly_done" | "newly_overdue" | "newly_behind" | "recovered";
                                    /** @description Status on the previous period’s last day; null when not started then */
                                    from: ("on_track" | "behind" | "seriously_behind" | "overdue" | "done") | null;
                                    /** @enum {string} */
                                    to: "on_track" | "behind" | "seriously_behind" | "overdue" | "done";
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
