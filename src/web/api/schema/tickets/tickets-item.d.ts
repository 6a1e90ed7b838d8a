// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/tickets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A ticket with its timeline */
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
