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
                    /** @description A work queue; wish_wall = public wishes waiting to be claimed; extension_requests = pending extension requests the caller may answer */
                    queue?: "to_accept" | "to_dispatch" | "my_unit" | "overdue" | "escalated_to_me" | "extension_requests" | "to_close" | "mine" | "wish_wall";
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
    "/api/tickets/similar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open tickets nearby with similar text (duplicate hint at intake) */
        get: {
            parameters: {
                query: {
                    /** @description Where the new ticket is */
                    placeId: string;
                    /** @description Its title and description */
                    text: string;
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
                                number: string;
                                title: string;
                                /** @enum {string} */
                                state: "submitted" | "accepted" | "rejected" | "merged" | "dispatched" | "pooled" | "received" | "claimed" | "in_progress" | "escalated" | "resolved" | "rated" | "closed";
                                placeName: string;
                                createdAt: string;
                                /** @description Text similarity 0…1 (pg_trgm), plus 0.1 when at the very same place */
                                score: number;
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
    "/api/tickets/{id}/similar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open tickets that may be the same matter (相关工单) */
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
                            items: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                                title: string;
                                /** @enum {string} */
                                state: "submitted" | "accepted" | "rejected" | "merged" | "dispatched" | "pooled" | "received" | "claimed" | "in_progress" | "escalated" | "resolved" | "rated" | "closed";
                                placeName: string;
                                createdAt: string;
                                /** @description Text similarity 0…1 (pg_trgm), plus 0.1 when at the very same place */
                                score: number;
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
    "/api/tickets/{id}/follow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Follow a ticket (关注): be told of every move */
        put: {
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
                    content?: never;
                };
            };
        };
        post?: never;
        /** Stop following a ticket */
        delete: {
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
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
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
    "/api/tickets/{id}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A ticket's photos, oldest first (each url serves the bytes) */
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
                            url: string;
                            mime: string;
                            bytes: number;
                            createdAt: string;
                            /** @description Whether the caller may take it off: who added it, or the office, while open */
                            mayRemove: boolean;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Add up to 9 photos (multipart field `files`; JPEG, PNG or WebP, ≤ 10 MB each) */
        post: {
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
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            url: string;
                            mime: string;
                            bytes: number;
                            createdAt: string;
                            /** @description Whether the caller may take it off: who added it, or the office, while open */
                            mayRemove: boolean;
                        }[];
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
    "/api/tickets/queues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many tickets wait in each of the caller's queues, and how many are near their limit */
        get: {
            parameters: {
                query?: never;
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
                            queues: {
                                to_accept: number;
                                to_dispatch: number;
                                my_unit: number;
                                overdue: number;
                                escalated_to_me: number;
                                extension_requests: number;
                                to_close: number;
                                mine: number;
                            };
                            /** @description Open, past the warning point (80 % of the limit) and not yet overdue */
                            dueSoon: number;
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
    "/api/tickets/{id}/contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The submitter's name and phone unmasked, to call back: the office, grid worker and unit handling it; audited */
        post: {
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
                            submitterName: string | null;
                            submitterPhone: string | null;
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
    "/api/tickets/{id}/photos/{photoId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A photo (metadata stripped unless the office asks) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    photoId: string;
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
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        /** Take a photo off an open ticket (who added it, or the office) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    photoId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
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
                        /** @description For extend: working days added (asked for by the handler or office, granted at once by the level above) */
                        days?: number;
                        /**
                         * @description For pool: the resident told the office (e.g. on the phone) they agree to show it on the wish wall; recorded on the timeline and in the audit trail
                         * @enum {boolean}
                         */
                        isPublic?: true;
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
    "/api/tickets/bulk-actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * One move on up to 100 tickets (e.g. dispatch the selected rows to one unit)
         * @description Each ticket is moved in its own transaction, exactly as a single move would be: the answer is 200 with one result per id, some of which may be 409 (already moved), 403 or 404. Office staff only.
         */
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
                        /** @description For extend: working days added (asked for by the handler or office, granted at once by the level above) */
                        days?: number;
                        /** @description The tickets, at most 100; an id listed twice is moved once */
                        ids: string[];
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
                            /** @description One per id, in the order asked */
                            results: {
                                /** Format: uuid */
                                id: string;
                                /** @description 200, or the HTTP status of the single move (400, 403, 404, 409 …) */
                                status: number;
                                /**
                                 * @description The state after the move, on success
                                 * @enum {string}
                                 */
                                state?: "submitted" | "accepted" | "rejected" | "merged" | "dispatched" | "pooled" | "received" | "claimed" | "in_progress" | "escalated" | "resolved" | "rated" | "closed";
                                number?: string;
                                /** @description The error code, on failure */
                                code?: string;
                                /** @description The problem in the caller's language, on failure */
                                title?: string;
                                errors?: {
                                    path: string;
                                    message: string;
                                }[];
                            }[];
                            succeeded: number;
                            failed: number;
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
    "/api/tickets/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The ticket list as an Excel workbook (same filters as the list, at most 10000 rows)
         * @description Phone numbers masked unless `phones=full` (offices only, audited; 403 for others). Times are in the installation's time zone, named in their headers. When the list holds more rows, the workbook ends with a note and the response carries `x-export-truncated: true`. Office staff only.
         */
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
                    /** @description A work queue; wish_wall = public wishes waiting to be claimed; extension_requests = pending extension requests the caller may answer */
                    queue?: "to_accept" | "to_dispatch" | "my_unit" | "overdue" | "escalated_to_me" | "extension_requests" | "to_close" | "mine" | "wish_wall";
                    /** @description masked (138****1234) for everyone; full writes the numbers whole where the caller may call the submitter back, needs ticket.export_phones, and is audited once with the number of rows revealed */
                    phones?: "masked" | "full";
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
                    content?: never;
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
