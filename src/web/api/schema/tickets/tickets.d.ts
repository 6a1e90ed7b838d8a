// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List tickets: filters, work queues, search */
        get: {
            parameters: {
                query?: {
                    /** @description One state or several, comma-separated */
                    state?: string;
                    kind?: "problem" | "wish" | "service" | "suggestion" | "consultation";
                    categoryId?: string;
                    /** @description Tickets in this subtree */
                    placeId?: string;
                    channel?: "resident_app" | "hotline" | "grid_visit" | "wish_card" | "collection_box" | "meeting" | "survey" | "service_desk" | "reception" | "external";
                    unitId?: string;
                    /** @description Only tickets past their handling limit */
                    overdue?: "true" | "false";
                    /** @description Created at or after */
                    from?: string;
                    /** @description Created before */
                    to?: string;
                    /** @description Chinese full-text search */
                    q?: string;
                    /** @description A work queue; wish_wall = public wishes waiting to be claimed; to_claim = service orders and wishes the caller may claim now; extension_requests = pending extension requests the caller may answer */
                    queue?: "to_accept" | "to_dispatch" | "my_unit" | "overdue" | "escalated_to_me" | "extension_requests" | "to_close" | "mine" | "wish_wall" | "to_claim";
                    /** @description Page size, at most 100 */
                    limit?: number;
                    /** @description The previous page's nextCursor */
                    cursor?: string;
                };
                header?: never;
                path?: never;
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
                            items: {
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
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Submit a ticket (any channel) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "problem" | "wish" | "service" | "suggestion" | "consultation";
                        /** @description A short summary, e.g. 3栋门口路灯不亮 */
                        title: string;
                        description: string;
                        /**
                         * Format: uuid
                         * @description Any node down to a building; residents default to their home
                         */
                        placeId: string;
                        /**
                         * Format: uuid
                         * @description A second-level category (GET /api/categories)
                         */
                        categoryId?: string;
                        /**
                         * @description Defaults to resident_app for residents, hotline for staff
                         * @enum {string}
                         */
                        channel?: "resident_app" | "hotline" | "grid_visit" | "wish_card" | "collection_box" | "meeting" | "survey" | "service_desk" | "reception" | "external";
                        /**
                         * @default normal
                         * @enum {string}
                         */
                        urgency?: "normal" | "urgent" | "emergency";
                        /**
                         * @default deadline
                         * @enum {string}
                         */
                        horizon?: "immediate" | "deadline" | "long_term";
                        address?: string;
                        lat?: number;
                        lng?: number;
                        /**
                         * @description Hide who submitted it from everyone but the system
                         * @default false
                         */
                        isAnonymous?: boolean;
                        /**
                         * @description Consent to show it (anonymised) on public pages
                         * @default false
                         */
                        isPublic?: boolean;
                        /** @description Staff recording for someone else */
                        submitterName?: string;
                        submitterPhone?: string;
                        /**
                         * Format: uuid
                         * @description kind service (服务点单): the offering ordered (GET /api/service-offerings?placeId=); required there
                         */
                        offeringId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            /** @enum {string} */
                            kind: "problem" | "wish" | "service" | "suggestion" | "consultation";
                            state: string;
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
