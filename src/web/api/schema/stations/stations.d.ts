// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/stations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stations in and above my area */
        get: {
            parameters: {
                query?: {
                    placeId?: string;
                    kind?: "party_service_center" | "civilization_station" | "service_desk" | "activity_room" | "civilization_institute" | "civilization_point" | "party_service_station" | "red_post" | "deputies_home" | "deputies_liaison" | "tea_house";
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
                                /** Format: uuid */
                                placeId: string;
                                placeName: string;
                                /** @enum {string} */
                                kind: "party_service_center" | "civilization_station" | "service_desk" | "activity_room" | "civilization_institute" | "civilization_point" | "party_service_station" | "red_post" | "deputies_home" | "deputies_liaison" | "tea_house";
                                name: string;
                                address: string | null;
                                rooms: string[];
                                openingHours: string | null;
                                /** @description Masked */
                                phone: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a station on a place */
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
                        /** Format: uuid */
                        placeId: string;
                        /** @enum {string} */
                        kind: "party_service_center" | "civilization_station" | "service_desk" | "activity_room" | "civilization_institute" | "civilization_point" | "party_service_station" | "red_post" | "deputies_home" | "deputies_liaison" | "tea_house";
                        name: string;
                        address?: string;
                        rooms?: string[];
                        openingHours?: string;
                        phone?: string;
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
                            /** Format: uuid */
                            placeId: string;
                            placeName: string;
                            /** @enum {string} */
                            kind: "party_service_center" | "civilization_station" | "service_desk" | "activity_room" | "civilization_institute" | "civilization_point" | "party_service_station" | "red_post" | "deputies_home" | "deputies_liaison" | "tea_house";
                            name: string;
                            address: string | null;
                            rooms: string[];
                            openingHours: string | null;
                            /** @description Masked */
                            phone: string | null;
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
