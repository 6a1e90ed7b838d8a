// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/service-offerings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The service menu (资源清单): open at a place (its node and those above), or of an area */
        get: {
            parameters: {
                query?: {
                    /** @description The menu open to people at this place: offerings of it and of the nodes above it */
                    placeId?: string;
                    /** @description Office: the offerings in this node's subtree */
                    under?: string;
                    /** @description Office: also those taken off the menu */
                    includeInactive?: "true" | "false";
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
                                name: string;
                                description: string;
                                /**
                                 * Format: uuid
                                 * @description The offering's team
                                 */
                                unitId: string;
                                unitName: string | null;
                                /** Format: uuid */
                                placeId: string;
                                placeName: string;
                                /** @enum {string} */
                                audience: "all" | "elderly" | "children" | "disabled" | "low_income";
                                schedule: string | null;
                                location: string | null;
                                volunteersNeeded: number;
                                isActive: boolean;
                                /** @description The caller may change it (community staff of its area) */
                                mayEdit: boolean;
                                /** @description The caller may order it: staff always (on someone's behalf), a resident when in its audience */
                                mayOrder: boolean;
                                createdAt: string;
                                updatedAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Put a team's service on the menu of a place in my area */
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
                        /** @description e.g. 免费理发 */
                        name: string;
                        /**
                         * Format: uuid
                         * @description The team that serves it (a unit in your area)
                         */
                        unitId: string;
                        /**
                         * Format: uuid
                         * @description Where it is offered: residents of this node and below may order it
                         */
                        placeId: string;
                        /** @default  */
                        description?: string;
                        /**
                         * @description Who may order it
                         * @default all
                         * @enum {string}
                         */
                        audience?: "all" | "elderly" | "children" | "disabled" | "low_income";
                        /** @description When, in words: 每月第一个周六上午 */
                        schedule?: string;
                        /** @description Where, in words */
                        location?: string;
                        /**
                         * @description How many volunteers one order needs
                         * @default 1
                         */
                        volunteersNeeded?: number;
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
                            name: string;
                            description: string;
                            /**
                             * Format: uuid
                             * @description The offering's team
                             */
                            unitId: string;
                            unitName: string | null;
                            /** Format: uuid */
                            placeId: string;
                            placeName: string;
                            /** @enum {string} */
                            audience: "all" | "elderly" | "children" | "disabled" | "low_income";
                            schedule: string | null;
                            location: string | null;
                            volunteersNeeded: number;
                            isActive: boolean;
                            /** @description The caller may change it (community staff of its area) */
                            mayEdit: boolean;
                            /** @description The caller may order it: staff always (on someone's behalf), a resident when in its audience */
                            mayOrder: boolean;
                            createdAt: string;
                            updatedAt: string;
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
