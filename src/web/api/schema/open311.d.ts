// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/open311/v2/discovery.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service discovery (xml) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description text/xml; charset=utf-8: the same fields as elements (GeoReport v2) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
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
    "/open311/v2/services.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service list: the category taxonomy (xml) */
        get: {
            parameters: {
                query?: {
                    /** @description A place code */
                    jurisdiction_id?: string;
                    api_key?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description text/xml; charset=utf-8: the same fields as elements (GeoReport v2) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
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
    "/open311/v2/services/{service_code}.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service definition (xml) */
        get: {
            parameters: {
                query?: {
                    /** @description A place code */
                    jurisdiction_id?: string;
                    api_key?: string;
                };
                header?: never;
                path: {
                    service_code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description text/xml; charset=utf-8: the same fields as elements (GeoReport v2) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
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
    "/open311/v2/requests.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service requests: published ones, and those the api_key filed (xml) */
        get: {
            parameters: {
                query?: {
                    /** @description A place code; required for the list */
                    jurisdiction_id?: string;
                    /** @description Optional: also lists the requests this key filed */
                    api_key?: string;
                    /** @description Comma-separated; when given, other filters are ignored */
                    service_request_id?: string;
                    /** @description Comma-separated */
                    service_code?: string;
                    /** @description W3C datetime with time zone */
                    start_date?: string;
                    /** @description W3C datetime with time zone */
                    end_date?: string;
                    /** @description open, closed or open,closed */
                    status?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description text/xml; charset=utf-8: the same fields as elements (GeoReport v2) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
            };
        };
        put?: never;
        /**
         * Submit a service request: files a ticket, channel external (xml)
         * @description A form, or multipart/form-data whose files (JPEG, PNG or WebP) are attached as photos. api_key and jurisdiction_id may come in the body or the query string.
         */
        post: {
            parameters: {
                query?: {
                    /** @description A place code */
                    jurisdiction_id?: string;
                    api_key?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description attribute[code]=value for the attributes of GET services/{service_code} */
            requestBody: {
                content: {
                    "application/x-www-form-urlencoded": {
                        /** @description Required; issued by the system administrator */
                        api_key?: string;
                        /** @description Required: a place code (the district, street or community) */
                        jurisdiction_id?: string;
                        /** @description Required: from GET services */
                        service_code?: string;
                        /** @description WGS84 latitude; with long */
                        lat?: string;
                        /** @description WGS84 longitude; with lat */
                        long?: string;
                        /** @description Free-text address */
                        address_string?: string;
                        /** @description A place code below the jurisdiction (compound, grid, building) */
                        address_id?: string;
                        /** @description Accepted, not stored */
                        email?: string;
                        /** @description Accepted, not stored */
                        device_id?: string;
                        /** @description Accepted, not stored */
                        account_id?: string;
                        first_name?: string;
                        last_name?: string;
                        /** @description Stored encrypted, never shown by GET; a Chinese or international number, anything else is dropped */
                        phone?: string;
                        description?: string;
                        /** @description Stored as a link, the file not fetched; may be repeated */
                        media_url?: string | string[];
                    } & {
                        [key: string]: string | string[];
                    };
                    "multipart/form-data": {
                        /** @description Required; issued by the system administrator */
                        api_key?: string;
                        /** @description Required: a place code (the district, street or community) */
                        jurisdiction_id?: string;
                        /** @description Required: from GET services */
                        service_code?: string;
                        /** @description WGS84 latitude; with long */
                        lat?: string;
                        /** @description WGS84 longitude; with lat */
                        long?: string;
                        /** @description Free-text address */
                        address_string?: string;
                        /** @description A place code below the jurisdiction (compound, grid, building) */
                        address_id?: string;
                        /** @description Accepted, not stored */
                        email?: string;
                        /** @description Accepted, not stored */
                        device_id?: string;
                        /** @description Accepted, not stored */
                        account_id?: string;
                        first_name?: string;
                        last_name?: string;
                        /** @description Stored encrypted, never shown by GET; a Chinese or international number, anything else is dropped */
                        phone?: string;
                        description?: string;
                        /** @description Stored as a link, the file not fetched; may be repeated */
                        media_url?: string | string[];
                    } & {
                        [key: string]: string | string[];
                    };
                };
            };
            responses: {
                /** @description text/xml; charset=utf-8: the same fields as elements (GeoReport v2) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
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
    "/open311/v2/requests/{service_request_id}.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One service request (xml) */
        get: {
            parameters: {
                query?: {
                    /** @description A place code */
                    jurisdiction_id?: string;
                    api_key?: string;
                };
                header?: never;
                path: {
                    service_request_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description text/xml; charset=utf-8: the same fields as elements (GeoReport v2) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
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
    "/open311/v2/servicerequestupdates.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Progress notes of the requests one may list: FixMyStreet's extension (xml) */
        get: {
            parameters: {
                query?: {
                    /** @description A place code */
                    jurisdiction_id?: string;
                    /** @description Optional: also the updates of requests this key filed */
                    api_key?: string;
                    /** @description W3C datetime with time zone */
                    start_date?: string;
                    /** @description W3C datetime with time zone */
                    end_date?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description text/xml; charset=utf-8: the same fields as elements (GeoReport v2) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
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
    "/open311/v2/tokens/{token}.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The service request id of a token (xml) */
        get: {
            parameters: {
                query?: {
                    /** @description A place code */
                    jurisdiction_id?: string;
                    api_key?: string;
                };
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description text/xml; charset=utf-8: the same fields as elements (GeoReport v2) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
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
    "/open311/v2/discovery.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service discovery (json) */
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
                            changeset: string;
                            contact: string;
                            key_service: string;
                            endpoints: {
                                specification: string;
                                url: string;
                                changeset: string;
                                /** @enum {string} */
                                type: "production" | "test";
                                formats: string[];
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
    "/open311/v2/services.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service list: the category taxonomy (json) */
        get: {
            parameters: {
                query?: {
                    /** @description A place code */
                    jurisdiction_id?: string;
                    api_key?: string;
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
                            /** @description The category code, e.g. facility.light */
                            service_code: string;
                            service_name: string;
                            description: string;
                            /** @description true: GET services/{service_code} lists attributes */
                            metadata: boolean;
                            /**
                             * @description realtime: POST answers with the id at once
                             * @enum {string}
                             */
                            type: "realtime" | "batch" | "blackbox";
                            /** @description Comma-separated */
                            keywords: string;
                            /** @description The parent category */
                            group: string;
                        }[];
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
    "/open311/v2/services/{service_code}.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service definition (json) */
        get: {
            parameters: {
                query?: {
                    /** @description A place code */
                    jurisdiction_id?: string;
                    api_key?: string;
                };
                header?: never;
                path: {
                    service_code: string;
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
                            service_code: string;
                            attributes: {
                                variable: boolean;
                                code: string;
                                /** @enum {string} */
                                datatype: "string" | "number" | "datetime" | "text" | "singlevaluelist" | "multivaluelist";
                                required: boolean;
                                datatype_description: string | null;
                                order: number;
                                description: string;
                                values: {
                                    key: string;
                                    name: string;
                                }[];
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
    "/open311/v2/requests.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service requests: published ones, and those the api_key filed (json) */
        get: {
            parameters: {
                query?: {
                    /** @description A place code; required for the list */
                    jurisdiction_id?: string;
                    /** @description Optional: also lists the requests this key filed */
                    api_key?: string;
                    /** @description Comma-separated; when given, other filters are ignored */
                    service_request_id?: string;
                    /** @description Comma-separated */
                    service_code?: string;
                    /** @description W3C datetime with time zone */
                    start_date?: string;
                    /** @description W3C datetime with time zone */
                    end_date?: string;
                    /** @description open, closed or open,closed */
                    status?: string;
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
                            service_request_id: string;
                            /** @enum {string} */
                            status: "open" | "closed";
                            /** @description From the latest public event of the timeline */
                            status_notes: string | null;
                            service_name: string | null;
                            service_code: string | null;
                            /** @description Phone and ID numbers in the text are masked. Null, like address, lat, long and media_url, when the resident did not agree to publication and the caller is not the key that filed it */
                            description: string | null;
                            /** @description The unit it was dispatched to, else the owner office */
                            agency_responsible: string | null;
                            service_notice: string | null;
                            requested_datetime: string;
                            updated_datetime: string;
                            /** @description The handling deadline */
                            expected_datetime: string | null;
                            address: string | null;
                            /** @description The code of the place it is filed at */
                            address_id: string | null;
                            zipcode: string | null;
                            lat: number | null;
                            long: number | null;
                            media_url: string | null;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /**
         * Submit a service request: files a ticket, channel external (json)
         * @description A form, or multipart/form-data whose files (JPEG, PNG or WebP) are attached as photos. api_key and jurisdiction_id may come in the body or the query string.
         */
        post: {
            parameters: {
                query?: {
                    /** @description A place code */
                    jurisdiction_id?: string;
                    api_key?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description attribute[code]=value for the attributes of GET services/{service_code} */
            requestBody: {
                content: {
                    "application/x-www-form-urlencoded": {
                        /** @description Required; issued by the system administrator */
                        api_key?: string;
                        /** @description Required: a place code (the district, street or community) */
                        jurisdiction_id?: string;
                        /** @description Required: from GET services */
                        service_code?: string;
                        /** @description WGS84 latitude; with long */
                        lat?: string;
                        /** @description WGS84 longitude; with lat */
                        long?: string;
                        /** @description Free-text address */
                        address_string?: string;
                        /** @description A place code below the jurisdiction (compound, grid, building) */
                        address_id?: string;
                        /** @description Accepted, not stored */
                        email?: string;
                        /** @description Accepted, not stored */
                        device_id?: string;
                        /** @description Accepted, not stored */
                        account_id?: string;
                        first_name?: string;
                        last_name?: string;
                        /** @description Stored encrypted, never shown by GET; a Chinese or international number, anything else is dropped */
                        phone?: string;
                        description?: string;
                        /** @description Stored as a link, the file not fetched; may be repeated */
                        media_url?: string | string[];
                    } & {
                        [key: string]: string | string[];
                    };
                    "multipart/form-data": {
                        /** @description Required; issued by the system administrator */
                        api_key?: string;
                        /** @description Required: a place code (the district, street or community) */
                        jurisdiction_id?: string;
                        /** @description Required: from GET services */
                        service_code?: string;
                        /** @description WGS84 latitude; with long */
                        lat?: string;
                        /** @description WGS84 longitude; with lat */
                        long?: string;
                        /** @description Free-text address */
                        address_string?: string;
                        /** @description A place code below the jurisdiction (compound, grid, building) */
                        address_id?: string;
                        /** @description Accepted, not stored */
                        email?: string;
                        /** @description Accepted, not stored */
                        device_id?: string;
                        /** @description Accepted, not stored */
                        account_id?: string;
                        first_name?: string;
                        last_name?: string;
                        /** @description Stored encrypted, never shown by GET; a Chinese or international number, anything else is dropped */
                        phone?: string;
                        description?: string;
                        /** @description Stored as a link, the file not fetched; may be repeated */
                        media_url?: string | string[];
                    } & {
                        [key: string]: string | string[];
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
                            /** @description The ticket id; follow it with GET requests/{id} */
                            service_request_id: string;
                            /** @description The ticket number and its handling deadline */
                            service_notice: string | null;
                            account_id: string | null;
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
    "/open311/v2/requests/{service_request_id}.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One service request (json) */
        get: {
            parameters: {
                query?: {
                    /** @description A place code */
                    jurisdiction_id?: string;
                    api_key?: string;
                };
                header?: never;
                path: {
                    service_request_id: string;
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
                            service_request_id: string;
                            /** @enum {string} */
                            status: "open" | "closed";
                            /** @description From the latest public event of the timeline */
                            status_notes: string | null;
                            service_name: string | null;
                            service_code: string | null;
                            /** @description Phone and ID numbers in the text are masked. Null, like address, lat, long and media_url, when the resident did not agree to publication and the caller is not the key that filed it */
                            description: string | null;
                            /** @description The unit it was dispatched to, else the owner office */
                            agency_responsible: string | null;
                            service_notice: string | null;
                            requested_datetime: string;
                            updated_datetime: string;
                            /** @description The handling deadline */
                            expected_datetime: string | null;
                            address: string | null;
                            /** @description The code of the place it is filed at */
                            address_id: string | null;
                            zipcode: string | null;
                            lat: number | null;
                            long: number | null;
                            media_url: string | null;
                        }[];
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
    "/open311/v2/servicerequestupdates.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Progress notes of the requests one may list: FixMyStreet's extension (json) */
        get: {
            parameters: {
                query?: {
                    /** @description A place code */
                    jurisdiction_id?: string;
                    /** @description Optional: also the updates of requests this key filed */
                    api_key?: string;
                    /** @description W3C datetime with time zone */
                    start_date?: string;
                    /** @description W3C datetime with time zone */
                    end_date?: string;
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
                            /** @description The timeline event id */
                            update_id: string;
                            service_request_id: string;
                            /** @enum {string} */
                            status: "open" | "investigating" | "action_scheduled" | "in_progress" | "fixed" | "closed" | "duplicate" | "no_further_action";
                            updated_datetime: string;
                            /** @description The office note (numbers masked), else what happened */
                            description: string;
                            media_url: string | null;
                        }[];
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
    "/open311/v2/tokens/{token}.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The service request id of a token (json) */
        get: {
            parameters: {
                query?: {
                    /** @description A place code */
                    jurisdiction_id?: string;
                    api_key?: string;
                };
                header?: never;
                path: {
                    token: string;
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
                            service_request_id: string;
                            token: string;
                        }[];
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
    "/api/open311/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open311 API keys */
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
                            items: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                channel: string;
                                createdAt: string;
                                revokedAt: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Issue an Open311 API key (the answer is the only time the key is shown) */
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
                        /** @description Who uses it, e.g. 12345 热线 or FixMyStreet */
                        name: string;
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
                            channel: string;
                            createdAt: string;
                            revokedAt: string | null;
                            /** @description The plaintext key: shown this once, only its hash is kept */
                            key: string;
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
    "/api/open311/keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an Open311 API key */
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
