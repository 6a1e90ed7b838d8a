// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/service-offerings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One offering of the service menu */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an offering, or take it off the menu (isActive false) */
        patch: {
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
                        /** @description e.g. 免费理发 */
                        name?: string;
                        /** Format: uuid */
                        unitId?: string;
                        description?: string;
                        /** @enum {string} */
                        audience?: "all" | "elderly" | "children" | "disabled" | "low_income";
                        schedule?: string | null;
                        location?: string | null;
                        volunteersNeeded?: number;
                        /** @description false takes it off the menu; open orders go on */
                        isActive?: boolean;
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
