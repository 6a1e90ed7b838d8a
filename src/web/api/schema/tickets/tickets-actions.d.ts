// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/tickets/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Perform a move of the state machine */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "accept" | "reject" | "merge" | "dispatch" | "pool" | "receive" | "claim" | "progress" | "resolve" | "rate" | "close" | "return" | "escalate" | "urge" | "extend" | "approve_extension" | "deny_extension";
                        reason?: string;
                        note?: string;
                        result?: string;
                        /** Format: uuid */
                        unitId?: string;
                        /** Format: uuid */
                        intoId?: string;
                        /** @enum {string} */
                        rating?: "satisfied" | "basically_satisfied" | "unsatisfied";
                        comment?: string;
                        /**
                         * @description For close: defaults to resolved after a rating
                         * @enum {string}
                         */
                        outcome?: "resolved" | "explained" | "transferred" | "duplicate" | "withdrawn" | "rejected";
                        /** @description For resolve: the minutes the service took (required for a service order); each claimant is credited them as pending service hours */
                        minutes?: number;
                        /** @description For extend: working days added (asked for by the handler or office, granted at once by the level above) */
                        days?: number;
                        /**
                         * @description For pool: the resident told the office (e.g. on the phone) they agree to show it on the wish wall; recorded on the timeline and in the audit trail
                         * @enum {boolean}
                         */
                        isPublic?: true;
                        /**
                         * Format: date
                         * @description For claim of a wish (required there): the day the claimant promises to fulfil it by (承诺完成日期), today up to 60 days ahead
                         */
                        promisedOn?: string;
                        /**
                         * @description For rate of a wish: the resident agrees to show their comment as a thank-you on the public wall, with the claimants’ masked names
                         * @enum {boolean}
                         */
                        thanksPublic?: true;
                    };
                };
            };
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
                            /** @description Human-readable, e.g. GD-20261122-000123 */
                            number: string;
                            /** @enum {string} */
                            kind: "problem" | "wish" | "service" | "suggestion" | "consultation";
                            /** @enum {string} */
                            state: "submitted" | "accepted" | "rejected" | "merged" | "dispatched" | "pooled" | "received" | "claimed" | "in_progress" | "escalated" | "resolved" | "rated" | "closed";
                            outcome: ("resolved" | "explained" | "transferred" | "duplicate" | "withdrawn" | "rejected") | null;
                            title: string;
                            description: string;
                            categoryId: string | null;
                            categoryName: string | null;
                            /** @enum {string} */
                            channel: "resident_app" | "hotline" | "grid_visit" | "wish_card" | "collection_box" | "meeting" | "survey" | "service_desk" | "reception" | "external";
                            /** @enum {string} */
                            urgency: "normal" | "urgent" | "emergency";
                            /** @enum {string} */
                            horizon: "immediate" | "deadline" | "long_term";
                            /** Format: uuid */
                            placeId: string;
                            placeName: string;
                            address: string | null;
                            /** @description Masked unless the caller must see it */
                            submitterName: string | null;
                            /** @description Masked */
                            submitterPhone: string | null;
                            isAnonymous: boolean;
                            isPublic: boolean;
                            unitId: string | null;
                            unitName: string | null;
                            claimantName: string | null;
                            /** @description How many claimed it (领单) */
                            claimCount: number;
                            /** @description How many claimants it takes: a service order what its offering needs */
                            claimsNeeded: number;
                            /** @description A service order: the offering it orders */
                            offeringId: string | null;
                            mergedIntoId: string | null;
                            rating: ("satisfied" | "basically_satisfied" | "unsatisfied") | null;
                            reopenCount: number;
                            extensionCount: number;
                            urgeCount: number;
                            /** @description A pending extension request (延期申请) waiting for the level above: approve_extension or deny_extension */
                            extensionRequest: {
                                days: number;
                                reason: string;
                                requestedById: string | null;
                                requestedByName: string | null;
                                requestedAt: string;
                            } | null;
                            responseDueAt: string;
                            handleDueAt: string;
                            /** @enum {string} */
                            deadlineStatus: "green" | "yellow" | "red";
                            createdAt: string;
                            updatedAt: string;
                            /** @description The moves the caller may make now */
                            allowedActions: ("accept" | "reject" | "merge" | "dispatch" | "pool" | "receive" | "claim" | "progress" | "resolve" | "rate" | "close" | "return" | "escalate" | "urge" | "extend" | "approve_extension" | "deny_extension")[];
                            /** @description The caller handles it and may reveal the submitter's phone (POST /api/tickets/{id}/contact) */
                            canCallBack: boolean;
                            events: {
                                /** Format: uuid */
                                id: string;
                                action: string;
                                fromState: ("submitted" | "accepted" | "rejected" | "merged" | "dispatched" | "pooled" | "received" | "claimed" | "in_progress" | "escalated" | "resolved" | "rated" | "closed") | null;
                                /** @enum {string} */
                                toState: "submitted" | "accepted" | "rejected" | "merged" | "dispatched" | "pooled" | "received" | "claimed" | "in_progress" | "escalated" | "resolved" | "rated" | "closed";
                                actorName: string | null;
                                note: string | null;
                                data: {
                                    [key: string]: unknown;
                                };
                                at: string;
                            }[];
                        };
                    };
                };
            };
        };
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
